import FoundationEssentials

/// Supplies the stored user OAuth token and refreshes it a minute before it expires, or when Zoom
/// rejects it. Zoom rotates refresh tokens, so every refresh happens under the token store's
/// file lock: the store is re-read first, and when another process has already rotated the token
/// its result is used instead of spending a refresh token twice.
public actor UserOAuthTokenProvider: TokenProvider {
    private let store: TokenStore
    private let oauth: OAuthClient
    private let clock: any MeetingClock
    private let renewalMargin: TimeInterval
    private var current: AccessToken?
    private var refreshing: Task<AccessToken, any Error>?

    /// - Parameter oauth: a client for the OAuth server that issued the stored tokens.
    public init(
        store: TokenStore, oauth: OAuthClient, clock: any MeetingClock = SystemClock(), renewalMargin: TimeInterval = 60
    ) {
        self.store = store
        self.oauth = oauth
        self.clock = clock
        self.renewalMargin = renewalMargin
    }

    /// The stored token, refreshed first when it expires within `renewalMargin`.
    public func currentToken() async throws -> AccessToken {
        let token: AccessToken
        if let current {
            token = current
        } else {
            token = try Self.login(in: store.load()).token
            current = token
        }
        if token.needsRenewal(at: clock.now, margin: renewalMargin) { return try await refresh(replacing: token) }
        return token
    }

    /// A refreshed token, or the one another process already put in place of `rejected`.
    public func renewToken(after rejected: AccessToken) async throws -> AccessToken {
        try await refresh(replacing: rejected)
    }

    private func refresh(replacing stale: AccessToken) async throws -> AccessToken {
        if let refreshing { return try await refreshing.value }
        let task = Task { try await refreshUnderLock(replacing: stale) }
        refreshing = task
        defer { refreshing = nil }
        let token = try await task.value
        current = token
        return token
    }

    private func refreshUnderLock(replacing stale: AccessToken) async throws -> AccessToken {
        let (oauth, now, margin) = (self.oauth, clock.now, renewalMargin)
        return try await store.update { contents in
            var login = try Self.login(in: contents)
            if login.accessToken != stale.value, !login.token.needsRenewal(at: now, margin: margin) {
                return login.token
            }
            guard let refreshToken = login.refreshToken, let clientID = login.clientID else {
                throw CredentialError.loginExpired(reason: "no refresh token is stored")
            }
            let grant: OAuthTokenGrant
            do {
                grant = try await oauth.refresh(
                    refreshToken, client: OAuthClientCredentials(clientID: clientID, clientSecret: login.clientSecret))
            } catch let error as OAuthError where error.isInvalidGrant {
                throw CredentialError.loginExpired(reason: error.description)
            }
            login.accessToken = grant.accessToken
            login.expiresAt = grant.expiresAt(receivedAt: now)
            if case .known = grant.scopes { login.scopes = grant.scopes }
            login.refreshToken = grant.refreshToken ?? refreshToken
            login.apiBaseURL = grant.apiBaseURL ?? login.apiBaseURL
            contents.login = login
            return login.token
        }
    }

    private static func login(in contents: TokenStore.Contents) throws -> StoredCredentials {
        guard let login = contents.login, login.kind == .userOAuth else { throw CredentialError.notLoggedIn }
        return login
    }
}
