import Foundation
import Locking
import MeetingTestSupport
import XCTest

/// The tests' clock: sleeps move its time on at once, or wait until the test advances it past their
/// end; cancelled waits end; each sleep is recorded and can trigger the test's action.
final class ManualClockTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)

    func testSleepsMoveTimeOnAndAreRecorded() async throws {
        let clock = ManualClock(start: start)
        let seen = Locked<[Int]>([])
        clock.onSleep { number, _ in seen.withLock { $0.append(number) } }
        try await clock.sleep(seconds: 5)
        try await clock.sleep(seconds: 0)
        XCTAssertEqual(clock.sleeps, [5, 0])
        XCTAssertEqual(
            clock.now.timeIntervalSince(start), 5.001, accuracy: 1e-6,
            "even a sleep of nothing moves time a millisecond")
        XCTAssertEqual(seen.withLock { $0 }, [1, 2])
        clock.advance(by: 10)
        XCTAssertEqual(clock.now.timeIntervalSince(start), 15.001, accuracy: 1e-6)
    }

    func testAWaitingSleepEndsOnlyWhenTimeReachesItsEnd() async throws {
        let clock = ManualClock(start: start, mode: .waitsForAdvance)
        let longDone = Locked(false)
        let short = Task { try await clock.sleep(seconds: 1) }
        let long = Task {
            try await clock.sleep(seconds: 5)
            longDone.withLock { $0 = true }
        }
        let asked = await clock.waitForSleeps(2)
        XCTAssertTrue(asked)
        clock.advance(by: 0.5)
        clock.advance(by: 0.5)
        try await short.value
        XCTAssertFalse(longDone.withLock { $0 }, "the 5 s sleep ended after 1 s")
        clock.advance(by: 4)
        try await long.value
        XCTAssertTrue(longDone.withLock { $0 })
        XCTAssertEqual(
            clock.now.timeIntervalSince(start), 5, accuracy: 1e-6, "waiting sleeps do not move time themselves")
    }

    func testCancellingAWaitingSleepEndsIt() async throws {
        let clock = ManualClock(start: start, mode: .waitsForAdvance)
        let sleeper = Task { try await clock.sleep(seconds: 60) }
        let asked = await clock.waitForSleeps(1)
        XCTAssertTrue(asked)
        sleeper.cancel()
        do {
            try await sleeper.value
            XCTFail("the cancelled sleep returned normally")
        } catch {
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
    }
}
