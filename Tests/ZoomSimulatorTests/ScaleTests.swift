import Foundation
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// The sizes the benchmarks need: one large meeting among ordinary ones, and joins on request.
final class ScaleTests: XCTestCase {
    private let http = LoopbackHTTP()

    func testFirstMeetingHasItsOwnSizeAndJoinsAppearInItsList() async throws {
        var configuration = SimulatorConfiguration()
        configuration.meetingCount = 3
        configuration.firstMeetingParticipants = 1_000
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let ids = await simulator.liveMeetingIDs()
            XCTAssertEqual(ids.count, 3)
            func total(_ id: Int64) async throws -> Int? {
                let answer = try await http.api(
                    "GET", simulator.apiBaseURL.adding("/metrics/meetings/\(id)/participants?type=live"), token: token)
                return answer.json["total_records"] as? Int
            }
            let first = try await total(ids[0])
            let second = try await total(ids[1])
            XCTAssertEqual(first, 1_000)
            XCTAssertEqual(second, 8)
            let joined = await simulator.join(meetingID: ids[0], name: "Late Comer")
            XCTAssertTrue(joined)
            let afterJoin = try await total(ids[0])
            XCTAssertEqual(afterJoin, 1_001)
            let unknown = await simulator.join(meetingID: 1, name: "Nobody")
            XCTAssertFalse(unknown)
        }
    }
}
