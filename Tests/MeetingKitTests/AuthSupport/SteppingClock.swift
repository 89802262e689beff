import Foundation
import Locking
@testable import MeetingKit

/// A clock for the OAuth tests: time moves only when the code under test sleeps; each sleep is
/// recorded, really waits `realFraction` of the requested time, and can trigger an action.
final class SteppingClock: MeetingClock, Sendable {
    private let state: Locked<(now: Date, sleeps: [Double])>
    private let realFraction: Double
    private let onSleep: @Sendable (Int) async -> Void

    /// - Parameters:
    ///   - realFraction: the share of each requested sleep that is really waited.
    ///   - onSleep: called with the 1-based number of each sleep, before it returns.
    init(start: Date = Date(), realFraction: Double = 0, onSleep: @escaping @Sendable (Int) async -> Void = { _ in }) {
        state = Locked((start, []))
        self.realFraction = realFraction
        self.onSleep = onSleep
    }

    var now: Date { state.withLock { $0.now } }

    /// The requested sleeps so far, in seconds.
    var sleeps: [Double] { state.withLock { $0.sleeps } }

    /// Moves time forward without sleeping.
    func advance(by seconds: Double) {
        state.withLock { $0.now.addTimeInterval(seconds) }
    }

    func sleep(seconds: Double) async throws {
        let count = state.withLock { state in
            state.sleeps.append(seconds)
            state.now.addTimeInterval(seconds)
            return state.sleeps.count
        }
        if realFraction > 0 { try await Task.sleep(nanoseconds: UInt64(seconds * realFraction * 1_000_000_000)) }
        await onSleep(count)
    }
}
