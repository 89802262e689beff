import Foundation
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

    /// An environment; everything but the client and the identity has a default.
    public init(client: ZoomClient, identity: ConsoleIdentity, rooms: [SavedRoom] = [], readOnly: Bool = false,
                refresh: RefreshIntervals = RefreshIntervals(), keyOverrides: [String: String] = [:],
                auditLog: AuditLog? = nil) {
        self.client = client
        self.identity = identity
        self.rooms = rooms
        self.readOnly = readOnly
        self.refresh = refresh
        self.keyOverrides = keyOverrides
        self.auditLog = auditLog
    }
}

/// Who is signed in, as far as the console knows before its first request.
public struct ConsoleIdentity: Sendable, Equatable {
    /// The user's display name, when known; the console asks Zoom (`/users/me`) when it is not.
    public var userName: String?
    /// What kind of credentials these are (shown in the status bar).
    public var source: CredentialSource
    /// When the current token expires, when known.
    public var expiresAt: Date?
    /// The token's scopes: the source of the status bar's warnings and of what is asked of Zoom.
    public var scopes: GrantedScopes

    /// An identity; the user's name is looked up when `nil`.
    public init(userName: String? = nil, source: CredentialSource, expiresAt: Date? = nil, scopes: GrantedScopes) {
        self.userName = userName
        self.source = source
        self.expiresAt = expiresAt
        self.scopes = scopes
    }
}

/// How often the console refreshes in the background. Zoom's rate labels are per account and
/// shared by every app on it, so the defaults are gentle and the floors keep a config from hammering.
public struct RefreshIntervals: Sendable, Equatable {
    /// Seconds between refreshes of the meeting list (the Dashboard list is "Resource-intensive": 10/min on most plans).
    public var meetings: TimeInterval
    /// Seconds between refreshes of the open meeting's participants (Dashboard, "Heavy" label).
    public var participants: TimeInterval

    /// The shortest allowed interval for the meeting list.
    public static let meetingsFloor: TimeInterval = 10
    /// The shortest allowed interval for the participant list.
    public static let participantsFloor: TimeInterval = 3

    /// Meeting-list requests per minute one console may spend on background refreshes: a quarter
    /// of the Dashboard list's Business allowance (20/min per account), so a few consoles fit.
    public static let listRequestsPerMinute: Double = 5
    /// Meetings per page of the list (the largest page Zoom gives, which the client asks for).
    public static let meetingsPerPage = 300

    /// Seconds between background refreshes of a meeting list of `count` meetings: the configured
    /// interval, stretched when the list takes so many pages that refreshing it that often would
    /// spend more than `listRequestsPerMinute`.
    public func meetings(listing count: Int) -> TimeInterval {
        let pages = max(1, (count + Self.meetingsPerPage - 1) / Self.meetingsPerPage)
        return max(meetings, (Double(pages) * 60 / Self.listRequestsPerMinute).rounded(.up))
    }


    /// Intervals in seconds, raised to the floors when lower.
    public init(meetings: TimeInterval = 30, participants: TimeInterval = 10) {
        self.meetings = max(Self.meetingsFloor, meetings)
        self.participants = max(Self.participantsFloor, participants)
    }
}
