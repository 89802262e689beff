import Foundation
import Locking
import MeetingKit

/// A `MeetingClock` whose sleeps return at once and are recorded, so retry tests can check
/// how long the client would have waited without waiting.
final class RecordingClock: MeetingClock {
    private let recorded = Locked<[Double]>([])

    var now: Date { Date() }

    /// Every sleep asked for, in seconds, in order.
    var sleeps: [Double] { recorded.withLock { $0 } }

    func sleep(seconds: Double) async throws {
        recorded.withLock { $0.append(seconds) }
        try Task.checkCancellation()
    }
}
