import Foundation
import Locking
import MeetingKit

/// A `MeetingClock` that records every sleep asked for and really sleeps only a hundredth of it,
/// so a workflow that waits tens of seconds (a kept room's pauses) runs in a fraction of a second
/// while the simulator's real-time events (rings, drops) still happen in between.
final class ScaledClock: MeetingClock {
    private let recorded = Locked<[Double]>([])

    var now: Date { Date() }

    /// Every sleep asked for, in seconds, in order.
    var sleeps: [Double] { recorded.withLock { $0 } }

    func sleep(seconds: Double) async throws {
        recorded.withLock { $0.append(seconds) }
        try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 10_000_000))
    }
}
