import FoundationEssentials
import MeetingKit

/// Everything the console needs from the outside: the Zoom client, who is signed in, the
/// saved rooms and the operator's settings. The `meeting-tui` executable builds it from the
/// config file and the credentials.
public struct ConsoleEnvironment: Sendable {
    /// The client all requests go through.
    public var client: ZoomClient
    /// Who is signed in and what the credentials may do.
    public var identity: ConsoleIdentity
    /// Saved room systems, offered in the invite form and on their quick keys.
    public var rooms: [SavedRoom]
    /// Hide and refuse every action that changes a meeting.
    public var readOnly: Bool
    /// How often the lists refresh in the background.
    public var refresh: RefreshIntervals
    /// The config file's `[keys]` table: action name to space-separated key specs.
    public var keyOverrides: [String: String]
    /// Where invites and other controls are recorded, when auditing is on.
    public var auditLog: AuditLog?
    /// How rooms kept with `:keep N` are watched and called back (shared by all kept rooms).
    public var keepPolicy: KeepPolicy
    /// The time the invites, controls and kept rooms wait on (between polls, before redials).
    public var clock: any MeetingClock

    /// An environment; everything but the client and the identity has a default.
    public init(
        client: ZoomClient, identity: ConsoleIdentity, rooms: [SavedRoom] = [], readOnly: Bool = false,
        refresh: RefreshIntervals = RefreshIntervals(), keyOverrides: [String: String] = [:],
        auditLog: AuditLog? = nil, keepPolicy: KeepPolicy = KeepPolicy(), clock: any MeetingClock = SystemClock()
    ) {
        self.client = client
        self.identity = identity
        self.rooms = rooms
        self.readOnly = readOnly
        self.refresh = refresh
        self.keyOverrides = keyOverrides
        self.keepPolicy = keepPolicy
        self.auditLog = auditLog
        self.clock = clock
    }
}

/// Who is signed in, as far as the console knows before its first request.
public struct ConsoleIdentity: Sendable, Equatable {
    /// The user's display name, when known; the console asks Zoom (`/users/{user}`) when it is not.
    public var userName: String?
    /// What kind of credentials these are (shown in the status bar).
    public var source: CredentialSource
    /// When the current token expires, when known.
    public var expiresAt: Date?
    /// The token's scopes: the source of the status bar's warnings and of what is asked of Zoom.
    public var scopes: GrantedScopes
    /// The user whose name is shown and whose own meetings are listed without the Dashboard
    /// (none for a Server-to-Server app without a configured user).
    public var user: ActingUser

    /// An identity; the user's name is looked up when `nil`.
    public init(
        userName: String? = nil, source: CredentialSource, expiresAt: Date? = nil, scopes: GrantedScopes,
        user: ActingUser = .me
    ) {
        self.userName = userName
        self.source = source
        self.expiresAt = expiresAt
        self.scopes = scopes
        self.user = user
    }
}

/// How often the console refreshes in the background. Zoom's rate labels and daily cap are per
/// account and shared by every app on it, so an interval never goes below what `PollingBudget`
/// allows one console for the pages the view holds.
public struct RefreshIntervals: Sendable, Equatable {
    /// Seconds between refreshes of the meeting list, as configured.
    public var meetings: TimeInterval
    /// Seconds between refreshes of the open meeting's participants, as configured.
    public var participants: TimeInterval

    /// Items per page of a list (the largest page Zoom gives, which the client asks for).
    public static let itemsPerPage = 300

    /// Intervals in seconds (at least one second).
    public init(meetings: TimeInterval = 30, participants: TimeInterval = 10) {
        self.meetings = max(1, meetings)
        self.participants = max(1, participants)
    }

    /// Seconds between background refreshes of the meeting list when the view holds `pages`
    /// pages of it: the configured interval, or longer when refreshing that many pages that
    /// often would spend more than the list's budget.
    public func meetings(pages: Int, source: MeetingsSource?) -> TimeInterval {
        let endpoint: PollingBudget.Endpoint = source == .user ? .userMeetings : .dashboardMeetings
        return max(meetings, Double(max(1, pages)) * PollingBudget.secondsPerRequest(endpoint))
    }

    /// Seconds between background refreshes of a participant list of `count` people (every page
    /// is read, since the counts need them all).
    public func participants(listing count: Int) -> TimeInterval {
        max(participants, Double(Self.pages(count)) * PollingBudget.secondsPerRequest(.dashboardParticipants))
    }

    /// The pages a list of `count` items takes (at least one).
    public static func pages(_ count: Int) -> Int {
        max(1, (count + itemsPerPage - 1) / itemsPerPage)
    }
}
