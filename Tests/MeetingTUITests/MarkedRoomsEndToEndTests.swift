import Foundation
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// The real console in tmux: two saved rooms marked with Space, one confirmation, a log line each,
/// their call-outs spaced within the Medium label.
final class MarkedRoomsEndToEndTests: XCTestCase {
    override func setUpWithError() throws {
        try TmuxSession.skipUnlessInstalled()
    }

    func testTwoMarkedRoomsAreCalledAfterOneConfirmation() async throws {
        let harness = try await CommandLineHarness.start(for: self) { $0.ringSeconds = 0.5 }
        try harness.writeConfig(
            """
            [[rooms]]
            name = "Boardroom"
            type = "sip"
            address = "sip:boardroom@rooms.example.com"

            [[rooms]]
            name = "Lab"
            type = "h323"
            address = "10.20.30.40"
            """)
        var environment = harness.environment
        environment["TERM"] = "xterm-256color"
        let console = try TmuxSession("'\(CommandLineHarness.binary.path)'", environment: environment)

        try console.waitForScreen("the meeting list") { $0.contains("Weekly sync") }
        try console.send("i")
        try console.waitForScreen("the invite form") { $0.contains("Space marks") }
        try console.send("Tab")
        try console.send("Tab")
        try console.send("Space")
        try console.send("Down")
        try console.send("Space")
        try console.waitForScreen("two marked rooms") { screen in
            screen.split(separator: "\n").filter {
                $0.contains("[x]") && ($0.contains("Boardroom") || $0.contains("Lab"))
            }.count == 2
                && screen.contains("Space Mark Enter Call marked")
        }
        try console.send("Enter")
        try console.waitForScreen("one confirmation for both") { $0.contains("Call these 2 rooms") }
        let before = await harness.eventRequests()
        XCTAssertTrue(before.isEmpty, "nothing is sent before the confirmation")
        try console.send("y")
        try console.waitForScreen("both rooms joined, a log line each", timeout: 30) { screen in
            let joined = screen.split(separator: "\n").filter { $0.contains("joined ✓") }
            return joined.contains { $0.contains("Boardroom →") } && joined.contains { $0.contains("Lab →") }
        }

        let events = await harness.eventRequests()
        XCTAssertEqual(events.count, 2, "one call-out per room")
        if events.count == 2 {
            XCTAssertGreaterThan(
                events[1].date.timeIntervalSince(events[0].date), 1.5, "the second call-out waits its turn")
        }
        try console.send("q")
        XCTAssertEqual(console.waitForExit(), 0)
        XCTAssertEqual(try harness.auditLines().filter { $0.contains(#""outcome":"joined""#) }.count, 2)
    }
}
