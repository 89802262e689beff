import FoundationEssentials

/// The OAuth app a request is made for: its client id, and its secret for a confidential app.
/// A public client (PKCE, no secret) sends only its client id.
public struct OAuthClientCredentials: Sendable, Hashable {
    /// The app's client id (not secret).
    public var clientID: String
    /// `nil` for a public client.
    public var clientSecret: Secret?

    /// Credentials of a confidential app, or of a public client when `clientSecret` is `nil`.
    public init(clientID: String, clientSecret: Secret?) {
        self.clientID = clientID
        self.clientSecret = clientSecret
    }

    /// `Basic base64(client_id:client_secret)`, or `nil` for a public client.
    var basicAuthorization: String? {
        clientSecret.map { "Basic " + Data("\(clientID):\($0.exposedValue)".utf8).base64EncodedString() }
    }
}
