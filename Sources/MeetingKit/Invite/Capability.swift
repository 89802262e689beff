/// A feature of the product and the Zoom scopes that make it work. The single table behind
/// preflight checks, `doctor`, and the console's scope warnings.
public enum Capability: String, Sendable, CaseIterable, Codable {
    /// List the signed-in user's live meetings.
    case listMeetings = "list_meetings"
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

    /// A short name for tables and messages.
    public var title: String {
        switch self {
        case .listMeetings: return "list my live meetings"
        case .listAccountMeetings: return "list the account's live meetings"
        case .readParticipants: return "see live participants"
        case .roomSystemCallout: return "room-system call-outs (SIP/H.323)"
        case .verifyCallout: return "verify that a call-out joined"
        case .phoneCallout: return "phone call-outs"
        case .recording: return "recording controls"
        case .endMeeting: return "end a meeting"
        }
    }

    /// Any one of these scopes is enough. Classic scopes first, then granular ones.
    public var acceptedScopes: [String] {
        switch self {
        case .listMeetings:
            return ["meeting:read", "meeting:read:admin", "meeting:read:list_meetings", "meeting:read:list_meetings:admin"]
        case .listAccountMeetings, .readParticipants, .verifyCallout:
            return ["dashboard_meetings:read:admin", "dashboard:read:list_meetings:admin", "dashboard:read:list_meeting_participants:admin"]
        case .roomSystemCallout:
            // `meeting:write` (user level) is documented but Zoom drops the call-out silently: not accepted.
            return ["meeting:write:admin", "meeting:master", "meeting:update:in_meeting_controls:admin"]
        case .phoneCallout, .recording:
            return ["meeting:write:admin", "meeting:master", "meeting:update:in_meeting_controls:admin",
                    "meeting:write", "meeting:update:in_meeting_controls"]
        case .endMeeting:
            return ["meeting:write:admin", "meeting:write", "meeting:update:status:admin", "meeting:update:status"]
        }
    }

    /// Whether only an account-level app (Server-to-Server OAuth) can hold the scopes this needs.
    public var needsAccountLevelApp: Bool {
        switch self {
        case .listAccountMeetings, .readParticipants, .verifyCallout, .roomSystemCallout: return true
        default: return false
        }
    }

    /// Whether the granted scopes allow this: `nil` when the scopes are unknown.
    public func isAllowed(by scopes: GrantedScopes) -> Bool? {
        scopes.holdsAny(of: acceptedScopes)
    }
}
