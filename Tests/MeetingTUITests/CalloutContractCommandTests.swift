import Foundation
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// `invite` and `call` keep Zoom's contract (issue 11 point 4) and trust only a room system (issue 12
/// item 6): the real binary against the simulator over loopback, asserting what reached Zoom.
final class CalloutContractCommandTests: XCTestCase {
    private func firstMeeting(_ harness: CommandLineHarness) async throws -> SimulatedMeeting {
        let meetings = await harness.simulator.liveMeetings()
        return try XCTUnwrap(meetings.first, "the simulator has no live meeting")
    }

    /// The `params` of the in-meeting events the simulator received, in order.
    private func eventParams(_ harness: CommandLineHarness) async throws -> [[String: Any]] {
        try await harness.eventRequests().map { request in
            let body = try XCTUnwrap(JSONSerialization.jsonObject(with: request.body) as? [String: Any])
            return try XCTUnwrap(body["params"] as? [String: Any])
        }
    }

    func testPhoneExtensionIsKeptAndPressOneAndGreetingDefaultToZoomsTrue() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await firstMeeting(harness)

        let call = try harness.run(["call", String(meeting.id), "--phone", "+1 603 233 1333-156"])
        XCTAssertEqual(call.status, 0, call.stdout + call.stderr)
        let quiet = try harness.run([
            "call", String(meeting.id), "--phone", "+1 415 555 0100", "--no-press-one", "--no-greeting",
        ])
        XCTAssertEqual(quiet.status, 0, quiet.stdout + quiet.stderr)

        let params = try await eventParams(harness)
        XCTAssertEqual(params.count, 2)
        XCTAssertEqual(params.first?["phone_number"] as? String, "+16032331333-156")
        let defaults = try XCTUnwrap(params.first?["invite_options"] as? [String: Bool])
        XCTAssertEqual(defaults, ["require_greeting": true, "require_pressing_one": true])
        XCTAssertEqual(params.last?["phone_number"] as? String, "+14155550100")
        let off = try XCTUnwrap(params.last?["invite_options"] as? [String: Bool])
        XCTAssertEqual(off, ["require_greeting": false, "require_pressing_one": false])
    }

    func testCalloutsBeyondZoomsLimitsExit65WithNothingSent() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await firstMeeting(harness)
        let id = String(meeting.id)
        let room = ["invite", id, "--sip", "room@rooms.example.com"]
        let cases: [(arguments: [String], message: String)] = [
            (
                room + ["--header", "X-" + String(repeating: "k", count: 31) + "=1"],
                "the name is 33 bytes long, Zoom takes at most 32"
            ),
            (
                room + ["--header", "X-Ticket=" + String(repeating: "v", count: 257)],
                "the value is 257 bytes long, Zoom takes at most 256"
            ),
            (
                room + (1...11).flatMap { ["--header", "X-H\($0)=v"] },
                "at most 10 custom SIP headers may be sent, 11 were given"
            ),
            (
                room + ["--from-uri", "sip:" + String(repeating: "u", count: 241) + "@example.com"],
                "the caller URI is 257 bytes long, Zoom takes at most 256"
            ),
            (room + ["--name", String(repeating: "n", count: 65)], "is longer than 64 characters"),
            (
                ["invite", id, "--h323", "192.0.2.10", "--from-name", String(repeating: "n", count: 65)],
                "is longer than 64 characters"
            ),
            (
                ["call", id, "--phone", "+14155550100", "--name", String(repeating: "n", count: 65)],
                "is longer than 64 characters"
            ),
            (["call", id, "--phone", "+1 415 555 0100 x"], "the extension may hold only digits"),
        ]
        for (arguments, message) in cases {
            let run = try harness.run(arguments)
            XCTAssertEqual(run.status, 65, "\(arguments.suffix(2)): \(run.stdout) \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(message), "\(arguments.suffix(2)): \(run.stderr)")
        }
        let requests = await harness.simulator.requestLog()
        XCTAssertTrue(requests.isEmpty, "nothing may reach Zoom: \(requests.map(\.path))")
    }

    func testSingleLabelSIPHostIsRefusedWithNothingSentAndTheSavedRoomSuggested() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await firstMeeting(harness)
        let added = try harness.run(["rooms", "add", "Boardroom", "--sip", "sip:boardroom@rooms.example.com"])
        XCTAssertEqual(added.status, 0, added.stderr)

        let named = try harness.run(["invite", String(meeting.id), "--sip", "boardroom"])
        XCTAssertEqual(named.status, 65, named.stdout + named.stderr)
        XCTAssertEqual(
            named.stderr,
            "meeting-tui: invalid SIP address \"boardroom\": \"boardroom\" is a single name, which Zoom's cloud "
                + "cannot resolve: give a full domain (room@boardroom.example.com) or an IP address; did you mean `--room Boardroom`?\n"
        )

        let unknown = try harness.run(["invite", String(meeting.id), "--sip", "lobby"])
        XCTAssertEqual(unknown.status, 65, unknown.stdout + unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("single name"), unknown.stderr)
        XCTAssertFalse(unknown.stderr.contains("did you mean"), unknown.stderr)

        let requests = await harness.simulator.requestLog()
        XCTAssertTrue(requests.isEmpty, "nothing may reach Zoom: \(requests.map(\.path))")
        let callouts = await harness.simulator.callouts()
        XCTAssertTrue(callouts.isEmpty)
    }

    func testLaptopNamedLikeTheRoomIsNotReportedAsTheRoom() async throws {
        let harness = try await CommandLineHarness.start(for: self) {
            $0.lookalikeAddresses = ["sip:boardroom@rooms.example.com"]
        }
        let meeting = try await firstMeeting(harness)

        let invite = try harness.run([
            "invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--name", "Boardroom",
            "--timeout", "2",
        ])
        XCTAssertEqual(invite.status, 75, invite.stdout + invite.stderr)
        XCTAssertTrue(invite.stdout.hasPrefix("not joined ✗"), invite.stdout)
        XCTAssertTrue(
            invite.stdout.contains("a participant named \"Boardroom\" on Windows joined, and is not the room"),
            invite.stdout)
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
    }

    func testSameNameAlreadyPresentIsNamedAndDoesNotBlockTheCallout() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await firstMeeting(harness)
        let joined = await harness.simulator.join(meetingID: meeting.id, name: "Boardroom", device: "Windows")
        XCTAssertTrue(joined)

        let invite = try harness.run([
            "invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--name", "Boardroom",
        ])
        XCTAssertEqual(invite.status, 0, invite.stdout + invite.stderr)
        XCTAssertTrue(invite.stdout.hasPrefix("joined ✓"), invite.stdout)
        XCTAssertTrue(
            invite.stdout.contains(
                "warning: a participant named \"Boardroom\" on Windows is already in the meeting "
                    + "and is not the room; calling the room anyway"), invite.stdout)
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
    }

    func testRecordingWithoutCloudStorageSaysWhy() async throws {
        let harness = try await CommandLineHarness.start(for: self) { $0.plan = .free }
        let meeting = try await firstMeeting(harness)
        let record = try harness.run(["record", String(meeting.id), "start"])
        XCTAssertEqual(record.status, 77, record.stdout + record.stderr)
        XCTAssertTrue(record.stdout.contains("code 3309"), record.stdout)
        XCTAssertTrue(
            record.stdout.contains(
                "next: The account has no cloud recording storage: cloud recording needs a paid plan with it switched on."
            ), record.stdout)
    }
}
