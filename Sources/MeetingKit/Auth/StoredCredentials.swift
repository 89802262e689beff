import FoundationEssentials

/// One set of credentials as kept in the token store: what kind they are, the access token and
/// what is known about it, and what is needed to renew it.
public struct StoredCredentials: Sendable, Hashable {
    /// How the credentials were obtained, which decides how they are renewed.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A bearer token pasted by the operator; it cannot be renewed.
        case pasted
        /// A Server-to-Server OAuth token kept as a cache; renewed with the account's client credentials.
        case serverToServer = "s2s"
        /// A user OAuth token with its refresh token; renewed by refreshing (with rotation).
        case userOAuth = "user-oauth"

        /// Where tokens of this kind come from.
        public var source: CredentialSource {
            switch self {
            case .pasted: return .pastedToken
            case .serverToServer: return .serverToServer
            case .userOAuth: return .userOAuth
            }
        }
    }

    /// How the credentials were obtained.
    public var kind: Kind
    /// The bearer token.
    public var accessToken: Secret
    /// When Zoom stops accepting the access token; `nil` when unknown (pasted).
    public var expiresAt: Date?
    /// The scopes Zoom granted; `.unknown` for a pasted token.
    public var scopes: GrantedScopes
    /// The refresh token (user OAuth only). It is spent by the next refresh.
    public var refreshToken: Secret?
    /// The OAuth app's client id (not secret).
    public var clientID: String?
    /// The client secret of a confidential user OAuth app, needed to refresh; `nil` for a public (PKCE) client.
    public var clientSecret: Secret?
    /// The Zoom account (Server-to-Server only).
    public var accountID: String?
    /// The OAuth server that issued the tokens, which is the one that can renew them.
    public var oauthBaseURL: URL?
    /// The REST base URL Zoom named in its token answer (`api_url`), when it did.
    public var apiBaseURL: URL?
    /// The REST base URL in effect when the token was obtained. A cached token is reused, and a
    /// stored login used, only with the same one (a cache also needs the same OAuth URL), so a
    /// token is never sent to another server than the one it was got for (a test server's token
    /// to Zoom, or Zoom's to a test server). Logins stored before this was kept have none.
    public var requestedAPIBaseURL: URL?

    /// Creates stored credentials; only `kind` and `accessToken` are required.
    public init(
        kind: Kind, accessToken: Secret, expiresAt: Date? = nil, scopes: GrantedScopes = .unknown,
        refreshToken: Secret? = nil, clientID: String? = nil, clientSecret: Secret? = nil,
        accountID: String? = nil, oauthBaseURL: URL? = nil, apiBaseURL: URL? = nil, requestedAPIBaseURL: URL? = nil
    ) {
        self.kind = kind
        self.accessToken = accessToken
        self.expiresAt = expiresAt
        self.scopes = scopes
        self.refreshToken = refreshToken
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.accountID = accountID
        self.oauthBaseURL = oauthBaseURL
        self.apiBaseURL = apiBaseURL
        self.requestedAPIBaseURL = requestedAPIBaseURL
    }

    /// The access token as the Zoom client uses it.
    public var token: AccessToken {
        AccessToken(value: accessToken, expiresAt: expiresAt, scopes: scopes, source: kind.source)
    }
}

extension StoredCredentials: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind
        case accessToken = "access_token"
        case expiresAt = "expires_at"
        case scopes = "scopes"
        case
            refreshToken = "refresh_token"
        case clientID = "client_id"
        case clientSecret = "client_secret"
        case
            accountID = "account_id"
        case oauthBaseURL = "oauth_url"
        case apiBaseURL = "api_url"
        case requestedAPIBaseURL = "requested_api_url"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        accessToken = try container.decode(Secret.self, forKey: .accessToken)
        expiresAt = try container.decodeIfPresent(Double.self, forKey: .expiresAt).map { seconds in
            // Years 1970 to 9999: anything else is a damaged file, and would overflow date arithmetic later.
            guard (0...253_402_300_799).contains(seconds) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .expiresAt, in: container,
                    debugDescription: "expires_at is not a time between 1970 and 9999")
            }
            return Date(timeIntervalSince1970: seconds)
        }
        // Scopes are a list of names, or absent when unknown.
        scopes = try container.decodeIfPresent([String].self, forKey: .scopes).map { .known(Set($0)) } ?? .unknown
        refreshToken = try container.decodeIfPresent(Secret.self, forKey: .refreshToken)
        clientID = try container.decodeIfPresent(String.self, forKey: .clientID)
        clientSecret = try container.decodeIfPresent(Secret.self, forKey: .clientSecret)
        accountID = try container.decodeIfPresent(String.self, forKey: .accountID)
        oauthBaseURL = try container.decodeIfPresent(String.self, forKey: .oauthBaseURL).flatMap(URL.init(string:))
        apiBaseURL = try container.decodeIfPresent(String.self, forKey: .apiBaseURL).flatMap(URL.init(string:))
        requestedAPIBaseURL = try container.decodeIfPresent(String.self, forKey: .requestedAPIBaseURL).flatMap(
            URL.init(string:))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(accessToken, forKey: .accessToken)
        try container.encodeIfPresent(expiresAt?.timeIntervalSince1970, forKey: .expiresAt)
        try container.encodeIfPresent(scopes.sorted, forKey: .scopes)
        try container.encodeIfPresent(refreshToken, forKey: .refreshToken)
        try container.encodeIfPresent(clientID, forKey: .clientID)
        try container.encodeIfPresent(clientSecret, forKey: .clientSecret)
        try container.encodeIfPresent(accountID, forKey: .accountID)
        try container.encodeIfPresent(oauthBaseURL?.absoluteString, forKey: .oauthBaseURL)
        try container.encodeIfPresent(apiBaseURL?.absoluteString, forKey: .apiBaseURL)
        try container.encodeIfPresent(requestedAPIBaseURL?.absoluteString, forKey: .requestedAPIBaseURL)
    }
}
