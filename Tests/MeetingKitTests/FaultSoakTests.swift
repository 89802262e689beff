import FaultSoak
import Foundation
import XCTest

/// The short soak: 50 call-outs through the real client stack against the simulator with every
/// fault on. The full 1,000 call-out run is `meeting-soak` (see RELIABILITY.md).
final class FaultSoakTests: XCTestCase {
    func testFiftyCalloutsUnderFaultsAreNeverDoubledFalselyJoinedOrLost() async throws {
        // A token expiry every 40 requests so that 50 call-outs meet several; a 429 burst every 20.
        var options = SoakOptions(callouts: 50, concurrency: 16, rateLimitBurstEvery: 20, seed: 7)
        options.faults.expireTokensEveryRequests = 40
        let figures = try await SoakRunner.run(options)

        XCTAssertEqual(figures.sentTwice, 0, figures.report)
        XCTAssertEqual(figures.falselyJoined, 0, figures.report)
        XCTAssertEqual(figures.lost, 0, figures.report)
        XCTAssertEqual(figures.falselyFailed, 0, figures.report)
        XCTAssertEqual(figures.joined + figures.notJoined + figures.unconfirmed + figures.failed, 50, figures.report)
        // The faults really happened, so the zeros above mean something.
        for kind in ["5xx", "dropped before processing", "dropped after processing", "429", "401 expired token"] {
            XCTAssertGreaterThan(figures.injected[kind] ?? 0, 0, "no \(kind) was injected:\n\(figures.report)")
        }
        XCTAssertGreaterThan(figures.joined, 0, figures.report)
        XCTAssertGreaterThan(figures.notJoined, 0, figures.report)
    }
}
