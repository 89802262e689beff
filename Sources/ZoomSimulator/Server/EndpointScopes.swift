/// The scopes Zoom accepts for one endpoint, any one of which is enough, in its two vocabularies:
/// granular (apps created since 2024) and classic (older apps). Written from zoom-api.md,
/// "Corrections (2026-12)", independently of the client's own table so that a mistake there
/// shows up as a refusal here.
struct EndpointScopes: Sendable {
    var granular: [String]
    var classic: [String]

    /// Every accepted scope.
    var all: [String] { granular + classic }

    /// Only the admin-level scopes (`…:admin`, `…:admin:…`, `meeting:master`): the ones a user-managed app cannot hold.
    var adminLevel: [String] {
        all.filter { $0 == "meeting:master" || $0.split(separator: ":").contains("admin") }
    }

    /// `PATCH /live_meetings/{meetingId}/events`.
    static let meetingEvents = EndpointScopes(
        granular: ["meeting:update:in_meeting_controls", "meeting:update:in_meeting_controls:admin"],
        classic: ["meeting:write", "meeting:write:admin", "meeting:master"])
    /// `GET /users/{userId}/meetings`.
    static let userMeetings = EndpointScopes(
        granular: ["meeting:read:list_meetings", "meeting:read:list_meetings:admin"],
        classic: ["meeting:read", "meeting:read:admin"])
    /// `GET /meetings/{meetingId}`.
    static let meeting = EndpointScopes(
        granular: ["meeting:read:meeting", "meeting:read:meeting:admin"],
        classic: ["meeting:read", "meeting:read:admin"])
    /// `PUT /meetings/{meetingId}/status`.
    static let meetingStatus = EndpointScopes(
        granular: ["meeting:update:status", "meeting:update:status:admin"],
        classic: ["meeting:write", "meeting:write:admin"])
    /// `POST /meetings/{meetingId}/sip_dialing`: granular scopes only.
    static let sipDialing = EndpointScopes(
        granular: ["meeting:write:sip_dialing", "meeting:write:admin:sip_dialing"], classic: [])
    /// `GET /metrics/meetings`.
    static let dashboardMeetings = EndpointScopes(
        granular: ["dashboard:read:list_meetings:admin"],
        classic: ["dashboard_meetings:read:admin", "dashboard:read:admin"])
    /// `GET /metrics/meetings/{meetingId}/participants`: a different granular scope from the list's.
    static let dashboardParticipants = EndpointScopes(
        granular: ["dashboard:read:list_meeting_participants:admin"],
        classic: ["dashboard_meetings:read:admin", "dashboard:read:admin"])
    /// `GET /users/{userId}`.
    static let user = EndpointScopes(
        granular: ["user:read:user", "user:read:user:admin"], classic: ["user:read", "user:read:admin"])
    /// `GET /h323/devices`.
    static let h323Devices = EndpointScopes(
        granular: ["h323_device:read:list_devices:admin"], classic: ["h323:read:admin"])
}
