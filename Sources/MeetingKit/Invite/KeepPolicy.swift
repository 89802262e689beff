import FoundationEssentials
import Glibc

/// How a kept room is watched after it joined and called back when it leaves.
public struct KeepPolicy: Sendable, Equatable {
    /// The most redials allowed (0 to 10).
    public var redials: Int
    /// The pause before the first redial; each further redial waits twice as long (10 s, 20 s, 40 s).
    public var firstPause: TimeInterval
    /// Seconds between the participant reads that watch the room: one console's share of the
    /// Heavy label and the daily cap (`PollingBudget`), since a room may be kept for hours.
    public var watchInterval: TimeInterval

    /// The default keeps a room with 3 redials, 10 s before the first.
    public init(
        redials: Int = 3, firstPause: TimeInterval = 10,
        watchInterval: TimeInterval = PollingBudget.secondsPerRequest(.dashboardParticipants)
    ) {
        self.redials = redials
        self.firstPause = firstPause
        self.watchInterval = watchInterval
    }

    /// Checks the number of redials before anything is sent.
    public func validated() throws(InputError) -> KeepPolicy {
        guard (0...10).contains(redials) else { throw .other("the number of redials must be 0 to 10") }
        return self
    }

    /// The pause before redial `attempt` (counted from 1).
    public func pause(before attempt: Int) -> TimeInterval {
        firstPause * pow(2, Double(max(0, attempt - 1)))
    }
}
