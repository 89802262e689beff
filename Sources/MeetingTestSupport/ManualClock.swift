import Clocks
import FoundationEssentials
import Locking

/// A `MeetingClock` whose time moves only when a test advances it or when someone sleeps on it.
///
/// Give the client and the simulator of a test the same instance: a ring, a token's lifetime or a
/// polling pause then passes in no wall time, and both sides agree on what time it is. Every sleep
/// is recorded, so a test can check how long the code under test would have waited.
public final class ManualClock: MeetingClock, Sendable {
    /// What a sleep on the clock does.
    public enum SleepMode: Sendable {
        /// A sleep moves `now` on by its length and returns at once: the code under test runs
        /// through its pauses as if the time had passed (what most workflow tests want).
        case advancesTime
        /// A sleep waits until the test moves `now` past its end with `advance(by:)`, or until its
        /// task is cancelled: for tests that act while the code under test is paused.
        case waitsForAdvance
    }

    private struct Sleeper {
        let id: Int
        let deadline: Date
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: Date
        var sleeps: [Double] = []
        var sleepers: [Sleeper] = []
        /// Sleeps cancelled before they were registered.
        var cancelled: Set<Int> = []
        var nextSleeperID = 0
    }

    private let state: Locked<State>
    private let mode: SleepMode
    private let action = Locked<@Sendable (_ number: Int, _ seconds: Double) async -> Void>({ _, _ in })

    /// - Parameters:
    ///   - start: the clock's first `now`.
    ///   - mode: whether a sleep moves time on by itself or waits for the test to.
    public init(start: Date = Date(), mode: SleepMode = .advancesTime) {
        state = Locked(State(now: start))
        self.mode = mode
    }

    /// Runs `action` with the 1-based number and the length of each later sleep, once its time has
    /// passed and before it returns: a test acts at a chosen point of the code under test (approves
    /// a device on the fourth poll, ends the meeting during a 100 s pause).
    public func onSleep(_ action: @escaping @Sendable (_ number: Int, _ seconds: Double) async -> Void) {
        self.action.withLock { $0 = action }
    }

    public var now: Date { state.withLock { $0.now } }

    /// Every sleep asked for so far, in seconds, in order.
    public var sleeps: [Double] { state.withLock { $0.sleeps } }

    /// Waits until `count` sleeps have been asked for (the code under test has reached its pauses),
    /// looking every millisecond of wall time for at most `deadline` seconds; whether they were.
    public func waitForSleeps(_ count: Int, deadline: Double = 10) async -> Bool {
        let end = Date().addingTimeInterval(deadline)
        while sleeps.count < count {
            guard Date() < end else { return false }
            try? await Task.sleep(nanoseconds: 1_000_000)
        }
        return true
    }

    /// Moves time on by `seconds` and wakes every sleep whose end it reaches.
    public func advance(by seconds: Double) {
        let woken = state.withLock { state -> [Sleeper] in
            state.now.addTimeInterval(max(0, seconds))
            let now = state.now
            let due = state.sleepers.filter { $0.deadline <= now }
            state.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        for sleeper in woken { sleeper.continuation.resume() }
    }

    public func sleep(seconds: Double) async throws {
        try Task.checkCancellation()
        let seconds = max(0, seconds)
        let (number, id, deadline) = state.withLock { state in
            state.sleeps.append(seconds)
            state.nextSleeperID += 1
            // At least a millisecond, so that a loop sleeping until a deadline ends even when it asks for nothing.
            if mode == .advancesTime { state.now.addTimeInterval(max(seconds, 0.001)) }
            return (
                state.sleeps.count, state.nextSleeperID,
                state.now.addingTimeInterval(mode == .advancesTime ? 0 : seconds)
            )
        }
        if mode == .waitsForAdvance { try await waitUntil(deadline, id: id) }
        let act = action.withLock { $0 }
        await act(number, seconds)
    }

    /// Suspends until `advance(by:)` reaches `deadline`, or throws `CancellationError` when the task is cancelled.
    private func waitUntil(_ deadline: Date, id: Int) async throws {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome = state.withLock { state -> Result<Bool, CancellationError> in
                    if state.cancelled.remove(id) != nil { return .failure(CancellationError()) }
                    if deadline <= state.now { return .success(true) }
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return .success(false)
                }
                switch outcome {
                case .success(true): continuation.resume()
                case .success(false): break
                case .failure(let error): continuation.resume(throwing: error)
                }
            }
        } onCancel: {
            let sleeper = state.withLock { state -> Sleeper? in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else {
                    state.cancelled.insert(id)
                    return nil
                }
                return state.sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }
}
