import Foundation

/// The client credentials of a Server-to-Server OAuth (account-level) app.
public struct ServerToServerCredentials: Sendable, Hashable {
    public var accountID: String
    public var clientID: String
    public var clientSecret: Secret

    public init(accountID: String, clientID: String, clientSecret: Secret) {
        self.accountID = accountID
        self.clientID = clientID
        self.clientSecret = clientSecret
    }
}
