import Foundation

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
    public init(apiBaseURL: URL? = nil, oauthBaseURL: URL? = nil, accountID: String? = nil,
                clientID: String? = nil, clientSecret: Secret? = nil, user: String? = nil) {
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
    /// A malformed `ZOOM_API_URL` is skipped here; `checkEnvironment(_:)` (run by
    /// `CredentialResolver.resolve()`) reports it.
    public func effectiveAPIBaseURL(environment: [String: String]) -> URL {
        (try? Self.url(from: environment, "ZOOM_API_URL")) ?? apiBaseURL ?? Self.defaultAPIBaseURL
    }

    /// The OAuth base URL in effect: `ZOOM_OAUTH_URL`, else `oauth_url`, else Zoom's.
    /// A malformed `ZOOM_OAUTH_URL` is skipped here; `checkEnvironment(_:)` reports it.
    public func effectiveOAuthBaseURL(environment: [String: String]) -> URL {
        (try? Self.url(from: environment, "ZOOM_OAUTH_URL")) ?? oauthBaseURL ?? OAuthClient.defaultBaseURL
    }

    /// Refuses a `ZOOM_API_URL` or `ZOOM_OAUTH_URL` that is set but not an http(s) URL, rather than
    /// quietly talking to another server than the operator meant.
    public static func checkEnvironment(_ environment: [String: String]) throws(ConfigurationError) {
        _ = try url(from: environment, "ZOOM_API_URL")
        _ = try url(from: environment, "ZOOM_OAUTH_URL")
    }

    private static func url(from environment: [String: String], _ variable: String) throws(ConfigurationError) -> URL? {
        guard let text = environment[variable]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
            throw .environment(variable: variable, reason: "\"\(text)\" is not an http or https URL")
        }
        return url
    }
}
