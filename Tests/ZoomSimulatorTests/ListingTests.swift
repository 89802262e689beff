import Foundation
import MeetingTestSupport
import PlainText
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

final class ListingTests: XCTestCase {
    private let http = LoopbackHTTP()

    func testParticipantsArePagedWithNextPageTokens() async throws {
        var configuration = SimulatorConfiguration()
        configuration.meetingCount = 2
        configuration.participantsPerMeeting = 10_000
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let meetings = try await http.api(
                "GET", simulator.apiBaseURL.adding("/metrics/meetings?type=live&from=2020-01-01&to=2099-12-31"),
                token: token)
            let meetingID = try XCTUnwrap((meetings.json["meetings"] as? [[String: Any]])?.first?["id"] as? Int)

            var seen = Set<String>()
            var pageToken = ""
            var pages = 0
            repeat {
                let answer = try await http.api(
                    "GET",
                    simulator.apiBaseURL.adding(
                        "/metrics/meetings/\(meetingID)/participants?type=live&page_size=1000&next_page_token=\(pageToken)"
                    ), token: token)
                XCTAssertEqual(answer.status, 200)
                XCTAssertEqual(answer.json["page_size"] as? Int, 300, "page_size is clamped to Zoom's maximum")
                for participant in answer.json["participants"] as? [[String: Any]] ?? [] {
                    seen.insert(participant["participant_uuid"] as? String ?? "")
                }
                pageToken = answer.json["next_page_token"] as? String ?? ""
                pages += 1
            } while !pageToken.isEmpty && pages < 100
            XCTAssertEqual(pages, 34)
            XCTAssertEqual(seen.count, 10_000)
        }
    }

    func testDoubleEncodedUUIDPathIsAccepted() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first { $0.uuid.hasPrefix("/") && $0.uuid.contains("//") })
            let once = PercentEncoding.encode(meeting.uuid)
            let twice = PercentEncoding.encode(once)

            let answer = try await http.api(
                "GET", simulator.apiBaseURL.adding("/metrics/meetings/\(twice)/participants?type=live"), token: token)

            XCTAssertEqual(answer.status, 200)
            XCTAssertEqual((answer.json["participants"] as? [[String: Any]])?.count, meeting.participants.count)
            let log = await simulator.requestLog()
            XCTAssertEqual(log.last?.path, "/v2/metrics/meetings/\(twice)/participants")
        }
    }

    func testUnknownMeetingIs3001() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let answer = try await http.api(
                "PUT", simulator.apiBaseURL.adding("/meetings/12345678901/status"), token: token,
                json: #"{"action":"end"}"#)
            XCTAssertEqual(answer.status, 404)
            XCTAssertEqual(answer.json["code"] as? Int, 3001)
        }
    }

    func testBackgroundActivityChangesTheMeetings() async throws {
        let clock = ManualClock()
        var configuration = SimulatorConfiguration()
        configuration.activityInterval = 0.02
        configuration.clock = clock
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let before = await simulator.liveMeetings()
            clock.advance(by: 0.01)
            let tooEarly = await simulator.liveMeetings()
            XCTAssertEqual(tooEarly, before, "nothing happens between two changes")
            clock.advance(by: 2)
            let after = await simulator.liveMeetings()
            XCTAssertNotEqual(after, before, "someone joined, left or was admitted")
            XCTAssertEqual(after.map(\.id), before.map(\.id), "activity never ends meetings")
        }
    }
}
