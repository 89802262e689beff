import Clocks
import FoundationEssentials

/// Everything that shapes a simulated Zoom account: apps, plan, meetings, call-out behaviour,
/// token lifetimes, rate limits, faults and background activity.
public struct SimulatorConfiguration: Sendable {
    /// Seed of every random choice (names, identifiers, faults, activity).
    public var seed: UInt64 = 1
    /// The apps registered on the account: the two of the origin thread first, then account-level
    /// apps with granular scopes, with the classic `dashboard:read:admin`, and with the Dashboard list only.
    public var apps: [SimulatedApp] = [
        .accountLevel, .userLevel, .granularAccountLevel, .classicDashboard, .dashboardListOnly,
    ]
    /// The account's plan; Dashboard endpoints need `.business`.
    public var plan: SimulatedPlan = .business
    /// How many meetings are live when the simulator starts.
    public var meetingCount: Int = 4
    /// How many scheduled meetings have not started yet (`GET /meetings/{id}` answers `waiting`).
    public var upcomingMeetingCount: Int = 2
    /// Seconds after the simulator starts at which the first upcoming meeting starts, as if its host
    /// clicked Start (`GET /meetings/{id}` then answers `started`); `nil`: upcoming meetings stay waiting.
    public var firstUpcomingStartsAfter: TimeInterval?
    /// How many participants each meeting has at the start (including some in the waiting room and some who left).
    public var participantsPerMeeting: Int = 8
    /// When set, the first meeting starts with this many participants instead (a large webinar-sized
    /// meeting next to many ordinary ones); its roster is only built when something reads it.
    public var firstMeetingParticipants: Int?
    /// The largest `page_size` honoured; larger values are clamped (Zoom allows 300).
    public var maxPageSize: Int = 300
    /// Seconds from an accepted call-out until the callee joins (or is given up as unreachable).
    public var ringSeconds: Double = 3.0
    /// Call-out addresses that never answer.
    public var unreachableAddresses: Set<String> = []
    /// Call-out addresses that are busy and never join.
    public var busyAddresses: Set<String> = []
    /// Call-out addresses that join the waiting room instead of the meeting.
    public var waitingRoomAddresses: Set<String> = []
    /// Call-out addresses whose room never answers while, at ring time, a laptop (`Windows`) carrying
    /// the display name sent with the call-out joins: a display name is chosen by whoever joins.
    public var lookalikeAddresses: Set<String> = []
    /// Call-out addresses whose room hangs up this many seconds after each time it joins (a
    /// flaky link), so that a kept room is seen to leave while the meeting goes on.
    public var droppingAddresses: [String: Double] = [:]
    /// Seconds an access token stays valid.
    public var tokenLifetime: TimeInterval = 3599
    /// Seconds a device code stays valid.
    public var deviceCodeLifetime: TimeInterval = 900
    /// The polling interval the device grant asks for; faster polls get `slow_down`.
    public var deviceInterval: TimeInterval = 5
    /// Whether per-account rate limits apply (by plan and rate label, as Zoom documents them).
    public var rateLimitsEnabled: Bool = true
    /// Heavy and Resource-intensive requests the account may make per UTC day, together; `nil` is
    /// the plan's cap (docs/zoom-api.md, "Rate limits": Pro 30,000, Business 60,000).
    public var dailyHeavyRequestCap: Int?
    /// Injected failures.
    public var faults = FaultConfiguration()
    /// Text a stranger chose (escape sequences, say), added to every meeting topic, user name (and
    /// so every host's participant name) and error message the simulator sends; `nil` for none.
    public var strangerText: String?
    /// Seconds between background changes (someone joins, leaves or is admitted); `nil` for none.
    public var activityInterval: TimeInterval?
    /// The simulator's time: when calls ring out, activity happens, tokens and device codes expire,
    /// rate-limit windows end, and how long fault delays last. Tests give the simulator and the client
    /// one manual clock, so that simulated time passes without waiting.
    public var clock: any MeetingClock = SystemClock()

    /// The default configuration: seed 1, every preset app, Business plan, 4 meetings of 8 participants.
    public init() {}

    /// The app with a client ID.
    func app(clientID: String) -> SimulatedApp? {
        apps.first { $0.clientID == clientID }
    }
}
