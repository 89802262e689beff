import FoundationEssentials
import PlainText

/// The `[zoom]` section: where Zoom lives and, optionally, Server-to-Server app credentials.
public struct ZoomSettings: Sendable, Hashable {
    /// `api_url`; `ZOOM_API_URL` wins over it.
    public var apiBaseURL: URL?
    /// `oauth_url`; `ZOOM_OAUTH_URL` wins over it.
    public var oauthBaseURL: URL?
    /// `account_id` of a Server-to-Server app; `ZOOM_ACCOUNT_ID` wins over it.
    public var accountID: String?
    /// `client_id`; `ZOOM_CLIENT_ID` wins over it.
    public var clientID: String?
    /// Allowed only when the file is private (0600).
    public var clientSecret: Secret?
    /// `user`: the account user (email or ID) a Server-to-Server app acts for, which has no
    /// user of its own; `ZOOM_USER` and `--user` win over it.
    public var user: String?

    /// Settings; all unset by default.
    public init(
        apiBaseURL: URL? = nil, oauthBaseURL: URL? = nil, accountID: String? = nil,
        clientID: String? = nil, clientSecret: Secret? = nil, user: String? = nil
    ) {
        self.apiBaseURL = apiBaseURL
        self.oauthBaseURL = oauthBaseURL
        self.accountID = accountID
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.user = user
    }

    /// Zoom's REST API.
    public static let defaultAPIBaseURL = URL(string: "https://api.zoom.us/v2")!

    /// The REST base URL in effect: `ZOOM_API_URL`, else `api_url`, else Zoom's.
    /// - Throws: `ConfigurationError` when `ZOOM_API_URL` is not an http(s) URL, or the URL in
    ///   effect is plain http to another machine (`EndpointPolicy`).
    public func effectiveAPIBaseURL(environment: [String: String]) throws(ConfigurationError) -> URL {
        try Self.effectiveURL(
            environment, variable: "ZOOM_API_URL", configured: apiBaseURL, key: "api_url",
            fallback: Self.defaultAPIBaseURL)
    }

    /// The OAuth base URL in effect: `ZOOM_OAUTH_URL`, else `oauth_url`, else Zoom's; checked as
    /// `effectiveAPIBaseURL(environment:)` is.
    public func effectiveOAuthBaseURL(environment: [String: String]) throws(ConfigurationError) -> URL {
        try Self.effectiveURL(
            environment, variable: "ZOOM_OAUTH_URL", configured: oauthBaseURL, key: "oauth_url",
            fallback: OAuthClient.defaultBaseURL)
    }

    /// Refuses URLs that cannot be used (see `effectiveAPIBaseURL(environment:)`), rather than quietly
    /// talking to another server than the operator meant or sending tokens in clear.
    public func checkEndpoints(environment: [String: String]) throws(ConfigurationError) {
        _ = try effectiveAPIBaseURL(environment: environment)
        _ = try effectiveOAuthBaseURL(environment: environment)
    }

    /// A warning for each URL in effect that leads neither to Zoom nor to this machine.
    public func endpointWarnings(environment: [String: String]) -> [String] {
        [
            ("REST API", try? effectiveAPIBaseURL(environment: environment)),
            ("OAuth", try? effectiveOAuthBaseURL(environment: environment)),
        ]
        .compactMap { name, url in url.flatMap { EndpointPolicy.warning(for: $0, setting: "the \(name) URL") } }
    }

    private static func effectiveURL(
        _ environment: [String: String], variable: String, configured: URL?, key: String,
        fallback: URL
    ) throws(ConfigurationError) -> URL {
        if let url = try url(from: environment, variable) {
            try EndpointPolicy.check(url, setting: variable, environment: environment)
            return url
        }
        guard let configured else { return fallback }
        try EndpointPolicy.check(configured, setting: "\(key) under [zoom]", environment: environment)
        return configured
    }

    private static func url(from environment: [String: String], _ variable: String) throws(ConfigurationError) -> URL? {
        guard let text = environment[variable]?.trimmingSpaces(), !text.isEmpty else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host != nil
        else {
            throw .environment(variable: variable, reason: "\"\(text)\" is not an http or https URL")
        }
        return url
    }
}
