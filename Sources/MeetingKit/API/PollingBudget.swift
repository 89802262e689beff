import FoundationEssentials

/// How often a live view may ask Zoom for each list, so that several consoles on one account stay
/// inside Zoom's rate labels and the daily cap (docs/zoom-api.md, "Rate
/// limits"). Limits are per account and shared by every app on it, so each console takes a
/// fixed share of every limit. README "Polling and Zoom's limits" shows the arithmetic.
public enum PollingBudget {
    /// A list a live view polls.
    public enum Endpoint: Sendable, CaseIterable {
        /// `GET /metrics/meetings` (Dashboard): Resource-intensive, in the daily cap.
        case dashboardMeetings
        /// `GET /metrics/meetings/{id}/participants` (Dashboard): Heavy, in the daily cap.
        case dashboardParticipants
        /// `GET /users/{userId}/meetings`: Medium, no daily cap.
        case userMeetings
        /// `PATCH /live_meetings/{meetingId}/events` (a call-out): Medium, no daily cap.
        case meetingEvents
        /// `GET /meetings/{meetingId}`: Light, no daily cap (waiting for a meeting to start).
        case meetingDetails

        /// Requests per second the account may make, on the smallest plan that has the endpoint
        /// (the Dashboard needs Business: Resource-intensive 20/min, Heavy 40/s; the user list
        /// and the meeting's details exist on Free: Medium 2/s, Light 4/s).
        var accountRequestsPerSecond: Double {
            switch self {
            case .dashboardMeetings: 20.0 / 60
            case .dashboardParticipants: 40
            case .userMeetings, .meetingEvents: 2
            case .meetingDetails: 4
            }
        }

        /// Whether the endpoint counts against the daily cap of Heavy and Resource-intensive calls.
        var inDailyCap: Bool { self == .dashboardMeetings || self == .dashboardParticipants }
    }

    /// Consoles assumed to poll one account at the same time; each takes this share of every limit.
    public static let consolesPerAccount = 4
    /// Heavy and Resource-intensive requests an account may make per day, together (Business;
    /// the Dashboard needs Business, and Pro's cap is half).
    public static let dailyCap = 60_000
    /// A day, in seconds.
    static let day: TimeInterval = 86_400

    /// The fewest seconds between two requests to `endpoint` from one console: the slower of its
    /// share of the per-second (or per-minute) label and, for Heavy and Resource-intensive, its
    /// share of the daily cap spent evenly over a whole day. Rounded up to whole seconds.
    public static func secondsPerRequest(_ endpoint: Endpoint) -> TimeInterval {
        let share = Double(consolesPerAccount)
        let labelFloor = share / endpoint.accountRequestsPerSecond
        let dailyFloor = endpoint.inDailyCap ? day * share / Double(dailyCap) : 0
        return max(labelFloor, dailyFloor).rounded(.up)
    }

    /// The fewest seconds between two call-outs sent one after another (several rooms at once):
    /// one console's share of the Medium label of `PATCH /live_meetings/{meetingId}/events`.
    public static var secondsBetweenCallouts: TimeInterval { secondsPerRequest(.meetingEvents) }
}
