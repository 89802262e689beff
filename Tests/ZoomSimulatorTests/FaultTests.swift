import Foundation
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

final class FaultTests: XCTestCase {
    private let http = LoopbackHTTP()

    func testDropAfterProcessingPlacesTheCalloutButSendsNoAnswer() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first)
            await simulator.setFaults(FaultConfiguration(dropAfterProcessingRate: 1))

            do {
                let answer = try await http.api(
                    "PATCH", simulator.apiBaseURL.adding("/live_meetings/\(meeting.id)/events"), token: token,
                    json:
                        #"{"method":"participant.invite.room_system_callout","params":{"call_type":"h323","device_ip":"192.0.2.20"}}"#
                )
                XCTFail("expected the connection to close without an answer, got \(answer.status)")
            } catch {
                // The connection closed: what the client sees when it cannot know the outcome.
            }

            let callouts = await simulator.callouts()
            XCTAssertEqual(callouts.map(\.disposition), [.accepted])
            let log = await simulator.requestLog()
            XCTAssertNil(log.last?.status)
            XCTAssertEqual(log.last?.note?.hasPrefix("dropped after processing"), true)
        }
    }

    func testTokensExpireEveryNRequestsWithCode124() async throws {
        var configuration = SimulatorConfiguration()
        configuration.faults.expireTokensEveryRequests = 2
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let url = simulator.apiBaseURL.adding("/users/me")

            let first = try await http.api("GET", url, token: token)
            let second = try await http.api("GET", url, token: token)

            XCTAssertEqual(first.status, 200)
            XCTAssertEqual(second.status, 401)
            XCTAssertEqual(second.json["code"] as? Int, 124)
        }
    }
}
