import Foundation
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// A scheduled meeting that starts later: by a test hook, or at a configured time.
final class MeetingStartTests: XCTestCase {
    private let http = LoopbackHTTP()

    func testAStartedMeetingAnswersStartedAndTakesCallouts() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let upcoming = await simulator.upcomingMeetings()
            let meeting = try XCTUnwrap(upcoming.first)
            let details = simulator.apiBaseURL.adding("/meetings/\(meeting.id)")

            let before = try await http.api("GET", details, token: token)
            XCTAssertTrue(String(decoding: before.body, as: UTF8.self).contains(#""status":"waiting""#))
            let events = simulator.apiBaseURL.adding("/live_meetings/\(meeting.id)/events")
            let early = try await http.api("PATCH", events, token: token, json: #"{"method":"recording.start"}"#)
            XCTAssertEqual(early.status, 404, "a meeting that has not started takes no in-meeting events")

            let started = await simulator.startUpcomingMeeting(id: meeting.id)
            XCTAssertTrue(started)
            let after = try await http.api("GET", details, token: token)
            XCTAssertTrue(String(decoding: after.body, as: UTF8.self).contains(#""status":"started""#))
            let live = await simulator.liveMeetings()
            let running = try XCTUnwrap(live.first { $0.id == meeting.id })
            XCTAssertEqual(running.topic, meeting.topic)
            XCTAssertEqual(running.participants.count, 1, "the host alone")
            let remaining = await simulator.upcomingMeetings()
            XCTAssertFalse(remaining.contains { $0.id == meeting.id })
            let again = await simulator.startUpcomingMeeting(id: meeting.id)
            XCTAssertFalse(again, "a meeting starts once")
        }
    }

    func testTheFirstUpcomingMeetingStartsAtTheConfiguredTime() async throws {
        var configuration = SimulatorConfiguration()
        configuration.firstUpcomingStartsAfter = 0
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let upcoming = await simulator.upcomingMeetings()
            XCTAssertEqual(upcoming.count, configuration.upcomingMeetingCount - 1)
            let live = await simulator.liveMeetingIDs()
            XCTAssertEqual(live.count, configuration.meetingCount + 1)
        }
    }
}
