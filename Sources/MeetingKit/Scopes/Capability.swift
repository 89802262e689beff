/// A feature of the product, the Zoom endpoint it calls, and the scopes that make it work. The
/// single table behind preflight checks, `doctor`, the console's scope warnings and the README.
public enum Capability: String, Sendable, CaseIterable, Codable {
    /// List the signed-in user's live meetings.
    case listMeetings = "list_meetings"
    /// Look up one meeting by its ID: whether it exists and has started.
    case readMeeting = "read_meeting"
    /// List every live meeting of the account (Dashboard).
    case listAccountMeetings = "account_meetings"
    /// Read who is in a live meeting (Dashboard).
    case readParticipants = "participants"
    /// Call a SIP or H.323 room system into a meeting.
    case roomSystemCallout = "callout"
    /// Confirm that a call-out joined, by watching the participants (Dashboard).
    case verifyCallout = "verify"
    /// Call a phone into a meeting.
    case phoneCallout = "phone_callout"
    /// Start, stop, pause or resume the cloud recording.
    case recording
    /// End a meeting for everyone.
    case endMeeting = "end_meeting"
    /// Get the SIP address a room system dials to join a meeting by itself.
    case sipDialing = "sip_dialing"
    /// Look up a user of the account (the one the app acts as, or another).
    case readUser = "read_user"
    /// List the account's saved H.323/SIP devices.
    case listRoomSystems = "room_systems"

    /// A short name for tables and messages.
    public var title: String {
        switch self {
        case .listMeetings: return "list my live meetings"
        case .readMeeting: return "look up a meeting by its ID"
        case .listAccountMeetings: return "list the account's live meetings"
        case .readParticipants: return "see live participants"
        case .roomSystemCallout: return "room-system call-outs (SIP/H.323)"
        case .verifyCallout: return "verify that a call-out joined"
        case .phoneCallout: return "phone call-outs"
        case .recording: return "recording controls"
        case .endMeeting: return "end a meeting"
        case .sipDialing: return "SIP address for a room to dial in"
        case .readUser: return "look up account users"
        case .listRoomSystems: return "list the account's saved room systems"
        }
    }

    /// The endpoint this calls and the scopes it accepts there, any one of which is enough.
    public var requirement: ScopeRequirement {
        switch self {
        case .listMeetings: return ZoomEndpoint.userMeetings.scopes
        case .readMeeting: return ZoomEndpoint.meeting.scopes
        case .listAccountMeetings: return ZoomEndpoint.dashboardMeetings.scopes
        case .readParticipants, .verifyCallout: return ZoomEndpoint.dashboardParticipants.scopes
        // Zoom documents the user-level scopes for this endpoint too, but answers a room-system
        // call-out sent with one of them with 202 and never calls the room: only admin level counts.
        case .roomSystemCallout: return ZoomEndpoint.meetingEvents.scopes.adminLevel
        case .phoneCallout, .recording: return ZoomEndpoint.meetingEvents.scopes
        case .endMeeting: return ZoomEndpoint.meetingStatus.scopes
        case .sipDialing: return ZoomEndpoint.sipDialing.scopes
        case .readUser: return ZoomEndpoint.user.scopes
        case .listRoomSystems: return ZoomEndpoint.h323Devices.scopes
        }
    }

    /// Any one of these scopes is enough: granular first, then classic.
    public var acceptedScopes: [String] { requirement.accepted }

    /// Whether only an account-level app (Server-to-Server, or an OAuth app an admin manages) can
    /// hold the scopes this needs.
    public var needsAccountLevelApp: Bool { requirement.needsAccountLevelApp }

    /// Whether the granted scopes allow this: `nil` when the scopes are unknown.
    public func isAllowed(by scopes: GrantedScopes) -> Bool? {
        requirement.isMet(by: scopes)
    }
}
