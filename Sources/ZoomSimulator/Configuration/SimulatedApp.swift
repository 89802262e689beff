/// A Zoom app registered on the simulated account: its kind, credentials, scopes and the user it acts as.
public struct SimulatedApp: Sendable, Hashable {
    /// How the app obtains tokens.
    public enum Kind: String, Sendable, Hashable {
        /// Server-to-Server OAuth (`grant_type=account_credentials`): account-level, may hold `:admin` scopes.
        case serverToServer
        /// User-managed OAuth (authorization code with optional PKCE, refresh tokens, device grant).
        case userOAuth
    }

    /// Server-to-Server or user OAuth.
    public var kind: Kind
    /// A display name for banners and logs.
    public var name: String
    /// The Zoom account the app belongs to (`account_id`).
    public var accountID: String
    /// The OAuth client ID.
    public var clientID: String
    /// The client secret; a user OAuth app can also be used as a public client (PKCE, no secret).
    public var clientSecret: String?
    /// The scopes every token of this app carries.
    public var scopes: [String]
    /// The user the app acts as (`me`).
    public var userID: String

    /// Creates an app.
    public init(kind: Kind, name: String, accountID: String, clientID: String, clientSecret: String?,
                scopes: [String], userID: String) {
        self.kind = kind
        self.name = name
        self.accountID = accountID
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scopes = scopes
        self.userID = userID
    }

    /// The account-level Server-to-Server app with the admin scopes a room-system call-out needs.
    public static let accountLevel = SimulatedApp(
        kind: .serverToServer, name: "Simulator S2S app", accountID: "sim-account",
        clientID: "sim-s2s-client", clientSecret: "sim-s2s-secret",
        scopes: ["user:read:admin", "meeting:read:admin", "meeting:write:admin", "dashboard_meetings:read:admin", "h323:read:admin"],
        userID: "sim-admin-user")

    /// The user-managed app of the origin forum thread: `meeting:write` but no admin scope, so
    /// its room-system call-outs are accepted with 2xx and silently dropped.
    public static let userLevel = SimulatedApp(
        kind: .userOAuth, name: "Simulator user app", accountID: "sim-account",
        clientID: "sim-user-client", clientSecret: "sim-user-secret",
        scopes: ["meeting:read", "meeting:read:sip_dialing", "meeting:write", "meeting_token:read:live_streaming", "user:read"],
        userID: "sim-host-user")
}
