import Foundation
import Locking
import XCTest

/// `Locked` gives one thread at a time the value. Under `scripts/sanitize.sh thread` this test also
/// checks that ThreadSanitizer sees the hand-overs: the threads contend long enough for the kernel to
/// hand the lock over, which a plain `Mutex` hides from it (reported as a race).
final class LockedTests: XCTestCase {
    func testContendedUpdatesFromSeveralThreadsAllLand() {
        let threads = 4
        let rounds = 2_000
        let tally = Locked<[Int: Int]>([:])
        let finished = DispatchGroup()
        for thread in 0..<threads {
            finished.enter()
            Thread.detachNewThread {
                for round in 0..<rounds {
                    tally.withLock { counts in
                        // A read-modify-write of a dictionary: torn by any second thread inside.
                        counts[round % 10, default: 0] += 1
                        counts[-1 - thread, default: 0] += 1
                    }
                }
                finished.leave()
            }
        }
        XCTAssertEqual(finished.wait(timeout: .now() + 60), .success)
        let counts = tally.withLock { $0 }
        XCTAssertEqual((0..<10).map { counts[$0] ?? 0 }, Array(repeating: threads * rounds / 10, count: 10))
        XCTAssertEqual((0..<threads).map { counts[-1 - $0] ?? 0 }, Array(repeating: rounds, count: threads))
    }

    func testWithLockReturnsTheBodysResultAndRethrows() {
        let value = Locked(41)
        XCTAssertEqual(
            value.withLock { number -> Int in
                number += 1
                return number * 2
            }, 84)
        struct Refused: Error {}
        XCTAssertThrowsError(try value.withLock { (_: inout Int) throws(Refused) in throw Refused() }) { error in
            XCTAssertTrue(error is Refused)
        }
        XCTAssertEqual(value.withLock { $0 }, 42)
    }
}
