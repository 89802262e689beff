import Foundation

/// Everything that shapes a simulated Zoom account: apps, plan, meetings, call-out behaviour,
/// token lifetimes, rate limits, faults and background activity.
public struct SimulatorConfiguration: Sendable {
    /// Seed of every random choice (names, identifiers, faults, activity).
    public var seed: UInt64 = 1
    /// The apps registered on the account.
    public var apps: [SimulatedApp] = [.accountLevel, .userLevel]
    /// The account's plan; Dashboard endpoints need `.business`.
    public var plan: SimulatedPlan = .business
    /// How many meetings are live when the simulator starts.
    public var meetingCount: Int = 4
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
    /// Seconds an access token stays valid.
    public var tokenLifetime: TimeInterval = 3599
    /// Seconds a device code stays valid.
    public var deviceCodeLifetime: TimeInterval = 900
    /// The polling interval the device grant asks for; faster polls get `slow_down`.
    public var deviceInterval: TimeInterval = 5
    /// Whether per-account rate limits apply (by plan and rate label, as Zoom documents them).
    public var rateLimitsEnabled: Bool = true
    /// Injected failures.
    public var faults = FaultConfiguration()
    /// Seconds between background changes (someone joins, leaves or is admitted); `nil` for none.
    public var activityInterval: TimeInterval?

    /// The default configuration: seed 1, both standard apps, Business plan, 4 meetings of 8 participants.
    public init() {}

    /// The app with a client ID.
    func app(clientID: String) -> SimulatedApp? {
        apps.first { $0.clientID == clientID }
    }
}
