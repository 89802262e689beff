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
    public init(
        kind: Kind, name: String, accountID: String, clientID: String, clientSecret: String?,
        scopes: [String], userID: String
    ) {
        self.kind = kind
        self.name = name
        self.accountID = accountID
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scopes = scopes
        self.userID = userID
    }

    /// The account-level Server-to-Server app with the admin scopes a room-system call-out needs:
    /// an older app with classic scopes, which has since added the granular SIP dialing scope
    /// (that endpoint has no classic one).
    public static let accountLevel = SimulatedApp(
        kind: .serverToServer, name: "Simulator S2S app", accountID: "sim-account",
        clientID: "sim-s2s-client", clientSecret: "sim-s2s-secret",
        scopes: [
            "user:read:admin", "meeting:read:admin", "meeting:write:admin", "dashboard_meetings:read:admin",
            "h323:read:admin",
            "meeting:write:admin:sip_dialing",
        ],
        userID: "sim-admin-user")

    /// An account-level app created since Zoom's 2024 scope change: granular scopes only, every
    /// feature allowed.
    public static let granularAccountLevel = SimulatedApp(
        kind: .serverToServer, name: "Simulator granular S2S app", accountID: "sim-account",
        clientID: "sim-granular-client", clientSecret: "sim-granular-secret",
        scopes: granularAdminScopes + ["dashboard:read:list_meeting_participants:admin"],
        userID: "sim-admin-user")

    /// An older account-level app that holds the classic `dashboard:read:admin` (not
    /// `dashboard_meetings:read:admin`) for both Dashboard endpoints.
    public static let classicDashboard = SimulatedApp(
        kind: .serverToServer, name: "Simulator classic Dashboard app", accountID: "sim-account",
        clientID: "sim-classic-client", clientSecret: "sim-classic-secret",
        scopes: [
            "user:read:admin", "meeting:read:admin", "meeting:write:admin", "dashboard:read:admin", "h323:read:admin",
        ],
        userID: "sim-admin-user")

    /// A granular account-level app that may list the Dashboard's meetings but not read their
    /// participants: its call-outs are placed, but it cannot see whether they joined.
    public static let dashboardListOnly = SimulatedApp(
        kind: .serverToServer, name: "Simulator list-only Dashboard app", accountID: "sim-account",
        clientID: "sim-list-only-client", clientSecret: "sim-list-only-secret",
        scopes: granularAdminScopes,
        userID: "sim-admin-user")

    /// The granular admin scopes of every feature but reading the Dashboard's participants.
    private static let granularAdminScopes = [
        "user:read:user:admin", "meeting:read:list_meetings:admin", "meeting:read:meeting:admin",
        "meeting:update:in_meeting_controls:admin", "meeting:update:status:admin", "meeting:write:admin:sip_dialing",
        "dashboard:read:list_meetings:admin", "h323_device:read:list_devices:admin",
    ]

    /// The user-managed app of the origin forum thread: `meeting:write` but no admin scope, so
    /// its room-system call-outs are accepted with 2xx and silently dropped.
    public static let userLevel = SimulatedApp(
        kind: .userOAuth, name: "Simulator user app", accountID: "sim-account",
        clientID: "sim-user-client", clientSecret: "sim-user-secret",
        scopes: [
            "meeting:read", "meeting:read:sip_dialing", "meeting:write", "meeting_token:read:live_streaming",
            "user:read",
        ],
        userID: "sim-host-user")
}
