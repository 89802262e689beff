import FoundationEssentials

/// A token answer from Zoom's OAuth server, read tolerantly: only `access_token` is required.
public struct OAuthTokenGrant: Sendable, Hashable {
    /// The bearer token.
    public var accessToken: Secret
    /// Seconds the access token is valid for, when Zoom said.
    public var expiresIn: TimeInterval?
    /// The granted scopes; `.unknown` when the answer had no `scope`.
    public var scopes: GrantedScopes
    /// The new refresh token (user OAuth); the one used to get this grant is now spent.
    public var refreshToken: Secret?
    /// The REST base URL for this token (`api_url`), when given.
    public var apiBaseURL: URL?

    /// Creates a grant from its parts.
    public init(
        accessToken: Secret, expiresIn: TimeInterval?, scopes: GrantedScopes, refreshToken: Secret?, apiBaseURL: URL?
    ) {
        self.accessToken = accessToken
        self.expiresIn = expiresIn
        self.scopes = scopes
        self.refreshToken = refreshToken
        self.apiBaseURL = apiBaseURL
    }

    /// When the access token expires, counted from when the answer arrived.
    public func expiresAt(receivedAt: Date) -> Date? {
        expiresIn.map { receivedAt.addingTimeInterval($0) }
    }

    /// Parses a token answer body.
    static func parse(_ body: Data) throws(OAuthError) -> OAuthTokenGrant {
        guard let fields = try? JSONDecoder().decode(Fields.self, from: body) else {
            throw .malformedResponse("expected a JSON object (\(body.count) bytes received)")
        }
        guard let token = fields.accessToken, !token.isEmpty else {
            throw .malformedResponse("the answer has no access_token")
        }
        return OAuthTokenGrant(
            accessToken: Secret(token),
            expiresIn: fields.expiresIn.map(TimeInterval.init),
            scopes: GrantedScopes(spaceSeparated: fields.scope),
            refreshToken: fields.refreshToken.flatMap { $0.isEmpty ? nil : Secret($0) },
            apiBaseURL: fields.apiURL.flatMap(URL.init(string:)))
    }

    private struct Fields: Decodable {
        var accessToken: String?
        var expiresIn: Int64?
        var scope: String?
        var refreshToken: String?
        var apiURL: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            accessToken = container.string("access_token")
            expiresIn = container.int64("expires_in")
            scope = container.string("scope")
            refreshToken = container.string("refresh_token")
            apiURL = container.string("api_url")
        }
    }
}
