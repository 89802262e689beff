import Foundation
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// `meeting-tui invite` with several rooms, the real binary against the simulator on loopback.
final class SeveralRoomsCommandTests: XCTestCase {
    private func meetingID(_ harness: CommandLineHarness) async throws -> String {
        let meetings = await harness.simulator.liveMeetings()
        return String(try XCTUnwrap(meetings.first, "the simulator has no live meeting").id)
    }

    private func harness() async throws -> CommandLineHarness {
        try await CommandLineHarness.start(for: self) { $0.unreachableAddresses = ["sip:annex@rooms.example.com"] }
    }

    private let threeRooms = [
        "--sip", "boardroom@rooms.example.com", "--sip", "annex@rooms.example.com", "--h323", "10.20.30.40",
        "--timeout", "3",
    ]

    func testThreeRoomsPrintOneLineEachAndExitWithTheWorstStatus() async throws {
        let harness = try await harness()
        let id = try await meetingID(harness)
        let run = try harness.run(["invite", id] + threeRooms)

        XCTAssertEqual(run.status, 75, "one room did not join: " + run.stdout + run.stderr)
        let outcomes = run.stdout.split(separator: "\n").filter { !$0.hasPrefix("  ") }
        XCTAssertEqual(outcomes.count, 3, run.stdout)
        XCTAssertTrue(outcomes[0].hasPrefix("joined ✓: sip:boardroom@rooms.example.com joined the meeting"), run.stdout)
        XCTAssertTrue(
            outcomes[1].hasPrefix(
                "not joined ✗: Zoom accepted the call-out, but sip:annex@rooms.example.com did not join"), run.stdout)
        XCTAssertTrue(outcomes[2].hasPrefix("joined ✓: 10.20.30.40 joined the meeting"), run.stdout)
        XCTAssertTrue(run.stdout.contains("  next (sip:annex@rooms.example.com): Likely causes"), run.stdout)
        let events = await harness.eventRequests()
        XCTAssertEqual(events.count, 3, "one call-out per room")
        XCTAssertEqual(try harness.auditLines().count, 3, "each call-out is audited")
    }

    func testJSONGivesOneDocumentPerRoomPerLine() async throws {
        let harness = try await harness()
        let id = try await meetingID(harness)
        let run = try harness.run(["invite", id, "--json"] + threeRooms)

        XCTAssertEqual(run.status, 75, run.stderr)
        let documents = try run.stdout.split(separator: "\n").map {
            try XCTUnwrap(
                JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any],
                "not one JSON document per line: \(run.stdout)")
        }
        XCTAssertEqual(documents.map { $0["status"] as? String }, ["joined", "not_joined", "joined"])
        XCTAssertEqual(
            documents.map { $0["address"] as? String },
            ["sip:boardroom@rooms.example.com", "sip:annex@rooms.example.com", "10.20.30.40"])
    }

    func testARoomListedTwiceIsRefusedWithNothingSent() async throws {
        let harness = try await harness()
        let id = try await meetingID(harness)
        let run = try harness.run([
            "invite", id, "--sip", "boardroom@rooms.example.com", "--h323", "10.20.30.40",
            "--sip", "sip:boardroom@rooms.example.com",
        ])

        XCTAssertEqual(run.status, 65, run.stdout + run.stderr)
        XCTAssertTrue(
            run.stderr.contains("SIP sip:boardroom@rooms.example.com is listed twice; each room is called once"),
            run.stderr)
        let events = await harness.eventRequests()
        XCTAssertTrue(events.isEmpty, "nothing may be sent")
        XCTAssertEqual(try harness.auditLines(), [])
    }

    func testKeepEndsByItselfWithExitZeroWhenTheMeetingEnds() async throws {
        let harness = try await harness()
        let meetings = await harness.simulator.liveMeetings()
        let meeting = try XCTUnwrap(meetings.first)
        let running = Task.detached {
            try harness.run(["invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--keep"])
        }
        // The invite writes its audit record once it saw the room join; keeping starts then.
        for _ in 0..<300 where try !harness.auditLines().contains(where: { $0.contains(#""outcome":"joined""#) }) {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        await harness.simulator.endMeeting(meetingID: meeting.id)
        let run = try await running.value

        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertEqual(
            run.stdout.split(separator: "\n").last.map(String.init),
            "ended: the meeting ended; no longer keeping sip:boardroom@rooms.example.com")
        let events = await harness.eventRequests()
        XCTAssertEqual(events.count, 1, "nothing is redialled when the meeting ends")
    }

    func testRedialsGoWithKeep() async throws {
        let harness = try await harness()
        let id = try await meetingID(harness)
        let redials = try harness.run(["invite", id, "--sip", "boardroom@rooms.example.com", "--redials", "2"])
        XCTAssertEqual(redials.status, 64)
        XCTAssertTrue(redials.stderr.contains("--redials goes with --keep"), redials.stderr)
        let tooMany = try harness.run([
            "invite", id, "--sip", "boardroom@rooms.example.com", "--keep", "--redials", "11",
        ])
        XCTAssertEqual(tooMany.status, 65)
        XCTAssertTrue(tooMany.stderr.contains("the number of redials must be 0 to 10"), tooMany.stderr)
        let events = await harness.eventRequests()
        XCTAssertTrue(events.isEmpty)
    }
}
