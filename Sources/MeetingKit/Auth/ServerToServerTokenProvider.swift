import FoundationEssentials

/// Supplies Server-to-Server OAuth tokens: requests one with the app's client credentials, reuses
/// it until a minute before it expires, then requests the next. Concurrent callers share one
/// request. The token is cached in the token store so the next run starts with it, and taken from
/// there only for the same app, account, OAuth server and REST server.
public actor ServerToServerTokenProvider: TokenProvider {
    private let credentials: ServerToServerCredentials
    private let oauth: OAuthClient
    private let apiBaseURL: URL?
    private let store: TokenStore?
    private let clock: any MeetingClock
    private let renewalMargin: TimeInterval
    private var current: AccessToken?
    private var triedStore = false
    private var renewal: Task<AccessToken, any Error>?

    /// - Parameters:
    ///   - apiBaseURL: the REST server the tokens are for, part of the cache's key.
    ///   - store: where the token is cached between runs; `nil` keeps it in memory only.
    ///   - renewalMargin: how long before expiry a new token is requested.
    public init(
        credentials: ServerToServerCredentials, oauth: OAuthClient, apiBaseURL: URL? = nil, store: TokenStore?,
        clock: any MeetingClock = SystemClock(), renewalMargin: TimeInterval = 60
    ) {
        self.credentials = credentials
        self.oauth = oauth
        self.apiBaseURL = apiBaseURL
        self.store = store
        self.clock = clock
        self.renewalMargin = renewalMargin
    }

    /// A token valid for at least `renewalMargin` more seconds.
    public func currentToken() async throws -> AccessToken {
        if current == nil, !triedStore {
            triedStore = true
            current = try cachedToken()
        }
        if let current, !current.needsRenewal(at: clock.now, margin: renewalMargin) { return current }
        return try await renew()
    }

    /// A new token, unless the rejected one was already replaced.
    public func renewToken(after rejected: AccessToken) async throws -> AccessToken {
        if let current, current.value != rejected.value, !current.needsRenewal(at: clock.now, margin: renewalMargin) {
            return current
        }
        current = nil
        triedStore = true
        return try await renew()
    }

    private func renew() async throws -> AccessToken {
        if let renewal { return try await renewal.value }
        let task = Task { try await requestToken() }
        renewal = task
        defer { renewal = nil }
        let token = try await task.value
        current = token
        return token
    }

    private func requestToken() async throws -> AccessToken {
        let grant = try await oauth.serverToServerToken(
            accountID: credentials.accountID, clientID: credentials.clientID,
            clientSecret: credentials.clientSecret)
        let stored = StoredCredentials(
            kind: .serverToServer, accessToken: grant.accessToken, expiresAt: grant.expiresAt(receivedAt: clock.now),
            scopes: grant.scopes, clientID: credentials.clientID, accountID: credentials.accountID,
            oauthBaseURL: oauth.baseURL, apiBaseURL: grant.apiBaseURL, requestedAPIBaseURL: apiBaseURL)
        if let store {
            try await store.update { contents in contents.serverToServer = stored }
        }
        return stored.token
    }

    /// The cached token, when it belongs to this app and account, came from this OAuth server for
    /// this REST server, and is still good.
    private func cachedToken() throws -> AccessToken? {
        guard let cached = try store?.load().serverToServer,
            cached.accountID == credentials.accountID, cached.clientID == credentials.clientID,
            cached.oauthBaseURL == oauth.baseURL, cached.requestedAPIBaseURL == apiBaseURL
        else { return nil }
        let token = cached.token
        return token.needsRenewal(at: clock.now, margin: renewalMargin) ? nil : token
    }
}
