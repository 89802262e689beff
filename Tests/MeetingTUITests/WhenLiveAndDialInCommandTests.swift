import Foundation
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// `invite --when-live` and `dialin` as scripts use them, the real binary against the simulator.
final class WhenLiveAndDialInCommandTests: XCTestCase {
    private func upcoming(_ harness: CommandLineHarness) async throws -> UpcomingMeeting {
        let upcoming = await harness.simulator.upcomingMeetings()
        return try XCTUnwrap(upcoming.first, "the simulator has no upcoming meeting: the test would prove nothing")
    }

    func testWhenLiveSendsNothingUntilTheMeetingStartsThenJoins() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await upcoming(harness)
        let path = "/v2/meetings/\(meeting.id)"
        let running = Task.detached {
            try harness.run([
                "invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--name", "Boardroom",
                "--when-live",
            ])
        }
        // Wait until the command has read the meeting twice (it is waiting), then the host starts it.
        var log: [RecordedRequest] = []
        for _ in 0..<600 where log.filter({ $0.method == "GET" && $0.path == path }).count < 2 {
            try await Task.sleep(nanoseconds: 50_000_000)
            log = await harness.simulator.requestLog()
        }
        XCTAssertGreaterThanOrEqual(
            log.filter { $0.method == "GET" && $0.path == path }.count, 2, "the command never waited")
        XCTAssertFalse(log.contains { $0.method == "PATCH" }, "nothing is sent while the meeting has not started")
        await harness.simulator.startUpcomingMeeting(id: meeting.id)
        let startedAt = Date()
        let invite = try await running.value

        XCTAssertEqual(invite.status, 0, invite.stdout + invite.stderr)
        XCTAssertTrue(
            invite.stdout.hasPrefix("joined ✓: sip:boardroom@rooms.example.com joined the meeting as \"Boardroom\""),
            invite.stdout)
        XCTAssertEqual(
            invite.stderr, "waiting for meeting \(MeetingReference.grouped(meeting.id)) (\(meeting.topic)) to start…\n")
        log = await harness.simulator.requestLog()
        let reads = log.filter { $0.method == "GET" && $0.path == path }
        let gaps = zip(reads.dropFirst(), reads).map { $0.date.timeIntervalSince($1.date) }
        XCTAssertTrue(gaps.allSatisfy { $0 >= 4.5 }, "one read every 5 s, within the Light budget: \(gaps)")
        let patches = log.filter { $0.method == "PATCH" }
        XCTAssertEqual(patches.count, 1)
        XCTAssertTrue(patches.allSatisfy { $0.date >= startedAt }, "the call-out went out after the meeting started")
        XCTAssertEqual(try harness.auditLines().count, 1)
    }

    func testAWaitThatRunsOutExits75WithNothingSent() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await upcoming(harness)
        let invite = try harness.run([
            "invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--when-live", "--wait", "2s",
        ])

        XCTAssertEqual(invite.status, 75, invite.stdout + invite.stderr)
        XCTAssertEqual(
            invite.stdout,
            "not joined ✗: Meeting \(MeetingReference.grouped(meeting.id)) (\(meeting.topic)) did not start "
                + "within 2 s; nothing was sent\nnext: Invite again once the host starts it, or wait longer (--wait).\n"
        )
        let events = await harness.eventRequests()
        XCTAssertTrue(events.isEmpty)
    }

    func testAWaitThatIsNotADurationChangesNothing() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await upcoming(harness)
        let invite = try harness.run([
            "invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--when-live", "--wait", "2 days",
        ])
        XCTAssertEqual(invite.status, 64, invite.stderr)
        XCTAssertTrue(
            invite.stderr.contains("give a whole number of seconds, minutes or hours, such as 90s, 30m or 2h"),
            invite.stderr)
        let waitAlone = try harness.run([
            "invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--wait", "30m",
        ])
        XCTAssertEqual(waitAlone.status, 64, waitAlone.stderr)
        XCTAssertTrue(waitAlone.stderr.contains("--wait goes with --when-live"), waitAlone.stderr)
        let log = await harness.simulator.requestLog()
        XCTAssertTrue(log.isEmpty, "bad input never reaches Zoom")
    }

    func testDialInPrintsTheAddressAndHowLongItIsValid() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await upcoming(harness)
        let dialIn = try harness.run(["dialin", String(meeting.id)])

        XCTAssertEqual(dialIn.status, 0, dialIn.stdout + dialIn.stderr)
        let lines = dialIn.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, dialIn.stdout)
        XCTAssertTrue(
            lines[0].hasPrefix("dial-in address: \(meeting.id).") && lines[0].hasSuffix("@zoomcrc.com"), lines[0])
        XCTAssertNotNil(
            lines[1].range(of: #"^valid for 2 h, until [0-2][0-9]:[0-5][0-9] UTC$"#, options: .regularExpression),
            lines[1])
        XCTAssertEqual(
            lines[2],
            "next: have the room system dial this address (SIP) to join meeting \(MeetingReference.grouped(meeting.id))."
        )
    }

    func testDialInWithAPasscodeBuildsItIn() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await upcoming(harness)
        let dialIn = try harness.run(["dialin", String(meeting.id), "--passcode", "4711", "--json"])

        XCTAssertEqual(dialIn.status, 0, dialIn.stdout + dialIn.stderr)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(dialIn.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(document["meeting"] as? String, MeetingReference.grouped(meeting.id))
        XCTAssertEqual(document["expire_in"] as? Int, 7200)
        XCTAssertNotNil(document["expires_at"] as? String)
        XCTAssertTrue((document["sip_dialing"] as? String)?.hasSuffix("@zoomcrc.com") == true, dialIn.stdout)
        let posts = await harness.simulator.requestLog().filter {
            $0.method == "POST" && $0.path.hasSuffix("/sip_dialing")
        }
        XCTAssertEqual(posts.map { String(decoding: $0.body, as: UTF8.self) }, [#"{"passcode":"4711"}"#])

        let text = try harness.run(["dialin", String(meeting.id), "--passcode", "4711"])
        XCTAssertTrue(text.stdout.hasSuffix("; the passcode is built in.\n"), text.stdout)
        let bad = try harness.run(["dialin", String(meeting.id), "--passcode", "secret word"])
        XCTAssertEqual(bad.status, 65)
        XCTAssertFalse(bad.stderr.contains("secret"), "the passcode is not repeated: \(bad.stderr)")
    }

    func testAHostileTopicReachesStandardErrorEscaped() async throws {
        let harness = try await CommandLineHarness.start(for: self) { $0.strangerText = "\u{1B}]0;pwned\u{07}" }
        let meeting = try await upcoming(harness)
        let invite = try harness.run([
            "invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--when-live", "--wait", "1s",
        ])

        XCTAssertEqual(invite.status, 75, invite.stdout + invite.stderr)
        XCTAssertFalse((invite.stdout + invite.stderr).contains("\u{1B}"), "no escape sequence reaches the terminal")
        XCTAssertTrue(
            invite.stderr.contains(#"to start"#) && invite.stderr.contains(#"\u{1B}]0;pwned\u{07}"#), invite.stderr)
    }
}
