/// The client credentials of a Server-to-Server OAuth (account-level) app.
public struct ServerToServerCredentials: Sendable, Hashable {
    /// The Zoom account (`account_id`).
    public var accountID: String
    /// The app's client id.
    public var clientID: String
    /// The app's client secret.
    public var clientSecret: Secret

    /// Creates the credentials.
    public init(accountID: String, clientID: String, clientSecret: Secret) {
        self.accountID = accountID
        self.clientID = clientID
        self.clientSecret = clientSecret
    }
}
