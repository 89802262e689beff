import FoundationEssentials

/// Signing out (`meeting-tui logout`): each stored token that can be revoked is revoked at the
/// OAuth server that issued it, then the token store is deleted, whatever Zoom answered.
///
/// A user OAuth login's refresh and access tokens are revoked as the app that got them; a cached
/// Server-to-Server token with the app's secret, when one is configured. A pasted token cannot be:
/// Zoom revokes a token only for the app that got it, and a pasted token comes without its app.
/// An access token that has already expired is not sent.
public struct SignOut: Sendable {
    /// What became of one set of stored credentials.
    public struct Step: Sendable, Equatable, CustomStringConvertible {
        /// Whether the tokens were revoked, and why not.
        public enum Result: Sendable, Equatable {
            case revoked
            case expired
            case notRevocable(reason: String)
            case failed(OAuthError)
        }

        /// Which credentials: their source.
        public var source: CredentialSource
        public var result: Result

        /// One line for the operator.
        public var description: String {
            let name = source.displayName
            switch result {
            case .revoked: return "\(name): revoked at Zoom"
            case .expired: return "\(name): already expired, nothing to revoke"
            case .notRevocable(let reason): return "\(name): not revoked (\(reason))"
            case .failed(let error): return "\(name): could not be revoked: \(error); it stays valid until it expires"
            }
        }
    }

    /// What signing out did.
    public struct Report: Sendable, Equatable {
        /// One step per set of stored credentials.
        public var steps: [Step]
        /// Whether a token store was there to delete.
        public var deleted: Bool

        /// Whether a revocation was tried and failed.
        public var revocationFailed: Bool {
            steps.contains { if case .failed = $0.result { true } else { false } }
        }
    }

    private let store: TokenStore
    private let transport: any HTTPTransport
    private let defaultOAuthBaseURL: URL
    private let serverToServerSecret: Secret?
    private let clock: any MeetingClock

    /// - Parameters:
    ///   - defaultOAuthBaseURL: the OAuth server for credentials stored without one.
    ///   - serverToServerSecret: the Server-to-Server app's secret (environment or config file), if any.
    public init(
        store: TokenStore, transport: any HTTPTransport, defaultOAuthBaseURL: URL, serverToServerSecret: Secret?,
        clock: any MeetingClock = SystemClock()
    ) {
        self.store = store
        self.transport = transport
        self.defaultOAuthBaseURL = defaultOAuthBaseURL
        self.serverToServerSecret = serverToServerSecret
        self.clock = clock
    }

    /// Revokes what can be revoked, then deletes the token store.
    /// - Throws: `TokenStoreError` when the store cannot be deleted.
    public func run() async throws -> Report {
        var steps: [Step] = []
        let deleted = try await store.deleteAll { contents in
            for stored in [contents.login, contents.serverToServer].compactMap({ $0 }) {
                steps.append(Step(source: stored.kind.source, result: await revoke(stored)))
            }
        }
        return Report(steps: steps, deleted: deleted)
    }

    private func revoke(_ stored: StoredCredentials) async -> Step.Result {
        let client: OAuthClientCredentials
        switch stored.kind {
        case .pasted:
            return .notRevocable(
                reason:
                    "Zoom revokes a token only for the app that got it; remove the app's access in the Zoom App Marketplace"
            )
        case .userOAuth:
            guard let clientID = stored.clientID else {
                return .notRevocable(reason: "the app's client id was not stored")
            }
            client = OAuthClientCredentials(clientID: clientID, clientSecret: stored.clientSecret)
        case .serverToServer:
            guard let clientID = stored.clientID, let secret = serverToServerSecret else {
                return .notRevocable(reason: "the app's client secret is not configured; it expires within the hour")
            }
            client = OAuthClientCredentials(clientID: clientID, clientSecret: secret)
        }
        var tokens = stored.refreshToken.map { [$0] } ?? []
        if stored.expiresAt.map({ $0 > clock.now }) ?? true { tokens.append(stored.accessToken) }
        guard !tokens.isEmpty else { return .expired }
        let oauth = OAuthClient(baseURL: stored.oauthBaseURL ?? defaultOAuthBaseURL, transport: transport, clock: clock)
        do {
            for token in tokens { try await oauth.revoke(token, client: client) }
            return .revoked
        } catch {
            return .failed(error)
        }
    }
}
