import Foundation

/// The `[zoom]` section: where Zoom lives and, optionally, Server-to-Server app credentials.
public struct ZoomSettings: Sendable, Hashable {
    /// `api_url`; `ZOOM_API_URL` wins over it.
    public var apiBaseURL: URL?
    /// `oauth_url`; `ZOOM_OAUTH_URL` wins over it.
    public var oauthBaseURL: URL?
    public var accountID: String?
    public var clientID: String?
    /// Allowed only when the file is private (0600).
    public var clientSecret: Secret?

    public init(apiBaseURL: URL? = nil, oauthBaseURL: URL? = nil, accountID: String? = nil,
                clientID: String? = nil, clientSecret: Secret? = nil) {
        self.apiBaseURL = apiBaseURL
        self.oauthBaseURL = oauthBaseURL
        self.accountID = accountID
        self.clientID = clientID
        self.clientSecret = clientSecret
    }

    /// Zoom's REST API.
    public static let defaultAPIBaseURL = URL(string: "https://api.zoom.us/v2")!

    /// The REST base URL in effect: `ZOOM_API_URL`, else `api_url`, else Zoom's.
    public func effectiveAPIBaseURL(environment: [String: String]) -> URL {
        Self.url(environment["ZOOM_API_URL"]) ?? apiBaseURL ?? Self.defaultAPIBaseURL
    }

    /// The OAuth base URL in effect: `ZOOM_OAUTH_URL`, else `oauth_url`, else Zoom's.
    public func effectiveOAuthBaseURL(environment: [String: String]) -> URL {
        Self.url(environment["ZOOM_OAUTH_URL"]) ?? oauthBaseURL ?? OAuthClient.defaultBaseURL
    }

    private static func url(_ text: String?) -> URL? {
        guard let text, !text.isEmpty, let url = URL(string: text), url.scheme != nil, url.host != nil else { return nil }
        return url
    }
}
