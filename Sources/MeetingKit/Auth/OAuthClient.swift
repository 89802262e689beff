import FoundationEssentials
import PlainText

/// Talks to Zoom's OAuth server (`https://zoom.us`, or `ZOOM_OAUTH_URL`): Server-to-Server tokens,
/// the authorization code flow with PKCE, refresh with rotation, and the device authorization grant.
/// Every failure is thrown as `OAuthError`.
public struct OAuthClient: Sendable {
    /// `https://zoom.us`, or a simulator's address.
    public let baseURL: URL
    private let transport: any HTTPTransport
    private let clock: any MeetingClock

    /// Zoom's OAuth server.
    public static let defaultBaseURL = URL(string: "https://zoom.us")!

    /// A client for the OAuth server at `baseURL`, sending through `transport`; `clock` paces device-grant polling.
    public init(
        baseURL: URL = OAuthClient.defaultBaseURL, transport: any HTTPTransport, clock: any MeetingClock = SystemClock()
    ) {
        self.baseURL = baseURL
        self.transport = transport
        self.clock = clock
    }

    // MARK: - Server-to-Server

    /// A Server-to-Server token for an account-level app
    /// (`POST /oauth/token?grant_type=account_credentials&account_id=..` with Basic auth).
    public func serverToServerToken(accountID: String, clientID: String, clientSecret: Secret) async throws(OAuthError)
        -> OAuthTokenGrant
    {
        let client = OAuthClientCredentials(clientID: clientID, clientSecret: clientSecret)
        return try await requestToken(
            query: [("grant_type", "account_credentials"), ("account_id", accountID)], form: [], client: client)
    }

    // MARK: - Authorization code (PKCE)

    /// The address the operator opens to approve the app (`GET /oauth/authorize`).
    public func authorizeURL(clientID: String, redirectURI: String, state: String, pkce: PKCE?) -> URL {
        var query = [
            ("response_type", "code"), ("client_id", clientID), ("redirect_uri", redirectURI), ("state", state),
        ]
        if let pkce { query += [("code_challenge", pkce.challenge), ("code_challenge_method", pkce.method)] }
        return endpoint("/oauth/authorize", query: query)
    }

    /// Exchanges the authorization code from the redirect for tokens
    /// (`grant_type=authorization_code`; `code_verifier` when PKCE was used).
    public func exchangeAuthorizationCode(
        _ code: Secret, redirectURI: String, pkce: PKCE?,
        client: OAuthClientCredentials
    ) async throws(OAuthError) -> OAuthTokenGrant {
        var form = [("grant_type", "authorization_code"), ("code", code.exposedValue), ("redirect_uri", redirectURI)]
        if let pkce { form.append(("code_verifier", pkce.verifier.exposedValue)) }
        return try await requestToken(query: [], form: form, client: client)
    }

    // MARK: - Refresh

    /// Refreshes a user OAuth token (`grant_type=refresh_token`). The answer carries a new refresh
    /// token; `refreshToken` is spent whatever happens next, so store the answer before anything else.
    public func refresh(_ refreshToken: Secret, client: OAuthClientCredentials) async throws(OAuthError)
        -> OAuthTokenGrant
    {
        try await requestToken(
            query: [], form: [("grant_type", "refresh_token"), ("refresh_token", refreshToken.exposedValue)],
            client: client)
    }

    // MARK: - Device authorization grant

    /// Starts a device authorization (`POST /oauth/devicecode?client_id=..`).
    public func requestDeviceAuthorization(client: OAuthClientCredentials) async throws(OAuthError)
        -> DeviceAuthorization
    {
        let response = try await send(
            path: "/oauth/devicecode", query: [("client_id", client.clientID)], form: [], client: client)
        guard response.isSuccess else { throw OAuthError.from(response) }
        return try DeviceAuthorization.parse(response.body)
    }

    /// Polls until the operator approves the device authorization, waiting `interval` between polls
    /// (five seconds more after each `slow_down`). Throws `.accessDenied` when the operator declines
    /// and `.deviceCodeExpired` when the code runs out.
    public func waitForDeviceApproval(
        _ authorization: DeviceAuthorization,
        client: OAuthClientCredentials
    ) async throws(OAuthError) -> OAuthTokenGrant {
        let deadline = clock.now.addingTimeInterval(authorization.expiresIn)
        var interval = authorization.interval
        let query = [
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("device_code", authorization.deviceCode.exposedValue),
        ]
        while true {
            do {
                try await clock.sleep(seconds: interval)
            } catch {
                throw .transport(.notSent("the wait for approval was cancelled"))
            }
            let response = try await send(path: "/oauth/token", query: query, form: [], client: client)
            if response.isSuccess { return try OAuthTokenGrant.parse(response.body) }
            let error = OAuthError.from(response)
            switch error {
            case .rejected(_, "authorization_pending", _):
                break
            case .rejected(_, "slow_down", _):
                interval += 5
            default:
                throw error
            }
            if clock.now >= deadline { throw .deviceCodeExpired }
        }
    }

    // MARK: - Revocation

    /// Revokes an access or refresh token at the OAuth server (`POST /oauth/revoke?token=..`,
    /// authenticated as the app that got it: Basic auth, or `client_id` for a public client).
    public func revoke(_ token: Secret, client: OAuthClientCredentials) async throws(OAuthError) {
        let response = try await send(
            path: "/oauth/revoke", query: [("token", token.exposedValue)], form: [], client: client)
        guard response.isSuccess else { throw OAuthError.from(response) }
    }

    // MARK: - Requests

    private func requestToken(
        query: [(String, String)], form: [(String, String)],
        client: OAuthClientCredentials
    ) async throws(OAuthError) -> OAuthTokenGrant {
        let response = try await send(path: "/oauth/token", query: query, form: form, client: client)
        guard response.isSuccess else { throw OAuthError.from(response) }
        return try OAuthTokenGrant.parse(response.body)
    }

    private func send(
        path: String, query: [(String, String)], form: [(String, String)],
        client: OAuthClientCredentials
    ) async throws(OAuthError) -> HTTPResponse {
        var fields = form
        var headers = ["Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"]
        if let authorization = client.basicAuthorization {
            headers["Authorization"] = authorization
        } else if !query.contains(where: { $0.0 == "client_id" }) {
            fields.append(("client_id", client.clientID))
        }
        let request = HTTPRequest(
            method: .post, url: endpoint(path, query: query), headers: headers,
            body: Data(PercentEncoding.form(fields).utf8))
        do {
            return try await transport.send(request)
        } catch let error as TransportError {
            throw .transport(error)
        } catch {
            throw .transport(.noAnswer(String(describing: type(of: error))))
        }
    }

    private func endpoint(_ path: String, query: [(String, String)]) -> URL {
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)!
        components.path = components.path.trimmingSuffix("/") + path
        if !query.isEmpty { components.percentEncodedQuery = PercentEncoding.form(query) }
        return components.url!
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> String {
        var text = self
        while text.last == suffix { text.removeLast() }
        return text
    }
}
