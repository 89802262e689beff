/// A Zoom REST endpoint the product calls, with the scopes Zoom documents for it in both of its
/// vocabularies (docs/zoom-api.md, "Endpoints and their scopes"). The raw value is the method and path as
/// Zoom's reference writes them.
public enum ZoomEndpoint: String, Sendable, CaseIterable, Codable {
    /// In-meeting controls: call-outs, recording, invitations.
    case meetingEvents = "PATCH /live_meetings/{meetingId}/events"
    /// A user's meetings (scheduled ones only; `type=live` for those in progress).
    case userMeetings = "GET /users/{userId}/meetings"
    /// One meeting, with its `status` (`waiting` or `started`).
    case meeting = "GET /meetings/{meetingId}"
    /// Ends a meeting.
    case meetingStatus = "PUT /meetings/{meetingId}/status"
    /// A SIP address a room system can dial to join.
    case sipDialing = "POST /meetings/{meetingId}/sip_dialing"
    /// The account's live meetings (Dashboard).
    case dashboardMeetings = "GET /metrics/meetings"
    /// Who is in a live meeting (Dashboard).
    case dashboardParticipants = "GET /metrics/meetings/{meetingId}/participants"
    /// One user of the account.
    case user = "GET /users/{userId}"
    /// The account's saved H.323/SIP devices.
    case h323Devices = "GET /h323/devices"

    /// The scopes Zoom accepts for this endpoint, any one of which is enough.
    public var scopes: ScopeRequirement {
        switch self {
        case .meetingEvents:
            ScopeRequirement(
                endpoint: self,
                granular: ["meeting:update:in_meeting_controls", "meeting:update:in_meeting_controls:admin"],
                classic: ["meeting:write", "meeting:write:admin", "meeting:master"])
        case .userMeetings:
            ScopeRequirement(
                endpoint: self, granular: ["meeting:read:list_meetings", "meeting:read:list_meetings:admin"],
                classic: ["meeting:read", "meeting:read:admin"])
        case .meeting:
            ScopeRequirement(
                endpoint: self, granular: ["meeting:read:meeting", "meeting:read:meeting:admin"],
                classic: ["meeting:read", "meeting:read:admin"])
        case .meetingStatus:
            ScopeRequirement(
                endpoint: self, granular: ["meeting:update:status", "meeting:update:status:admin"],
                classic: ["meeting:write", "meeting:write:admin"])
        case .sipDialing:
            ScopeRequirement(
                endpoint: self, granular: ["meeting:write:sip_dialing", "meeting:write:admin:sip_dialing"], classic: [])
        case .dashboardMeetings:
            ScopeRequirement(
                endpoint: self, granular: ["dashboard:read:list_meetings:admin"],
                classic: ["dashboard_meetings:read:admin", "dashboard:read:admin"])
        case .dashboardParticipants:
            ScopeRequirement(
                endpoint: self, granular: ["dashboard:read:list_meeting_participants:admin"],
                classic: ["dashboard_meetings:read:admin", "dashboard:read:admin"])
        case .user:
            ScopeRequirement(
                endpoint: self, granular: ["user:read:user", "user:read:user:admin"],
                classic: ["user:read", "user:read:admin"])
        case .h323Devices:
            ScopeRequirement(
                endpoint: self, granular: ["h323_device:read:list_devices:admin"], classic: ["h323:read:admin"])
        }
    }
}
