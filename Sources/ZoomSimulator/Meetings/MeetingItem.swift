/// A meeting as Zoom's Meeting API writes it: an item of `GET /users/{userId}/meetings`, and, with
/// `host_email` and `status`, the answer of `GET /meetings/{meetingId}`.
struct MeetingItem: Encodable {
    var uuid: String
    var id: Int64
    var hostId: String
    /// Only in `GET /meetings/{meetingId}`.
    var hostEmail: String?
    var topic: String
    /// 1 instant, 2 scheduled.
    var type: Int
    /// `started` or `waiting`; only in `GET /meetings/{meetingId}`.
    var status: String?
    var startTime: String
    var duration = 60
    var timezone = "UTC"
    var joinUrl: String
}
