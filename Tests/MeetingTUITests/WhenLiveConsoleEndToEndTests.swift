import Foundation
import MeetingKit
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// The real console in tmux: a call-out set up before its meeting starts, and the dial-in box.
final class WhenLiveConsoleEndToEndTests: XCTestCase {
    override func setUpWithError() throws {
        try TmuxSession.skipUnlessInstalled()
    }

    func testAPendingCalloutWaitsForTheStartThenJoinsAndTheDialInBoxShowsTheAddress() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let upcoming = await harness.simulator.upcomingMeetings()
        let meeting = try XCTUnwrap(upcoming.first, "the simulator has no upcoming meeting")
        var environment = harness.environment
        environment["TERM"] = "xterm-256color"
        let console = try TmuxSession("'\(CommandLineHarness.binary.path)'", environment: environment)
        try console.waitForScreen("the meeting list") { $0.contains("Meetings (") }

        try console.send(":")
        try console.send("when-live \(meeting.id) sip:boardroom@rooms.example.com Boardroom", literal: true)
        try console.send("Enter")
        try console.waitForScreen("the confirmation") { $0.contains("Confirm invite when the meeting starts") }
        try console.send("y")
        try console.waitForScreen("the waiting-for-start list") {
            $0.contains("waiting for start: #1 Boardroom → \(MeetingReference.grouped(meeting.id))")
        }
        var events = await harness.eventRequests()
        XCTAssertTrue(events.isEmpty, "nothing is sent before the meeting starts")

        await harness.simulator.startUpcomingMeeting(id: meeting.id)
        try console.waitForScreen("the joined outcome") {
            $0.contains("Boardroom → meeting") && $0.contains("joined ✓")
        }
        events = await harness.eventRequests()
        XCTAssertEqual(events.count, 1)

        try console.send("d")
        try console.waitForScreen("the dial-in box") {
            $0.contains("Dial-in address") && $0.contains("@zoomcrc.com") && $0.contains("valid for 2 h")
        }
        try console.send("x")
        try console.waitForScreen("the box closed") { !$0.contains("any key: close") }
        try console.send("q")
        XCTAssertEqual(console.waitForExit(), 0)
        XCTAssertFalse(try console.alternateScreenOn())
    }
}
