import Foundation
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Meetings given on the command line are checked with Zoom (`GET /meetings/{id}`) before anything
/// is sent: live, not started yet and not found are told apart, a UUID is resolved to the numeric
/// ID, and a Server-to-Server app never asks for `me`.
final class TypedMeetingCommandTests: XCTestCase {
    func testUsersListSaysInstantMeetingsAreMissingAndOneIsStillReachableByID() async throws {
        let harness = try await CommandLineHarness.start(for: self) {
            $0.plan = .pro
            $0.meetingCount = 12
        }
        let hosted = await harness.simulator.liveMeetings().filter { $0.hostID == SimulatedApp.accountLevel.userID }
        let instant = try XCTUnwrap(hosted.first { $0.kind == .instant }, "the app's user hosts no instant meeting")

        let list = try harness.run(["meetings"])
        let record = try harness.run(["record", String(instant.id), "start"])

        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertFalse(
            list.stdout.contains(MeetingReference.grouped(instant.id)), "Zoom's user list has no instant meeting")
        XCTAssertTrue(
            list.stderr.contains(
                "note: showing sim-admin-user's scheduled meetings only: the account-wide list is not available"),
            list.stderr)
        XCTAssertTrue(
            list.stderr.contains(
                "Zoom's list of a user's meetings leaves out instant meetings: give a meeting's ID to "
                    + "`participants`, `invite`, `call`, `record` or `end` and it is checked with Zoom."), list.stderr)
        XCTAssertEqual(record.status, 0, record.stdout + record.stderr)
        let events = await harness.eventRequests()
        XCTAssertEqual(events.map(\.path), ["/v2/live_meetings/\(instant.id)/events"])
    }

    func testMeetingThatHasNotStartedIsNotEndedAndSaysSo() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let notStarted = await harness.simulator.upcomingMeetings()
        let upcoming = try XCTUnwrap(notStarted.first)

        let end = try harness.run(["end", String(upcoming.id), "--yes"])

        XCTAssertEqual(end.status, 75, end.stdout + end.stderr)
        XCTAssertEqual(
            end.stderr,
            "meeting-tui: meeting \(MeetingReference.grouped(upcoming.id)) (\(upcoming.topic)) has not started yet "
                + "(Zoom says \"waiting\"); try again once the host starts it; nothing was sent\n")
        let puts = await harness.simulator.requestLog().filter { $0.method == "PUT" }
        XCTAssertTrue(puts.isEmpty)
    }

    func testMeetingThatDoesNotExistIsInvalidInputAndNothingIsSent() async throws {
        let harness = try await CommandLineHarness.start(for: self)

        let invite = try harness.run(["invite", "123 4567 8901", "--sip", "room@rooms.example.com"])
        let participants = try harness.run(["participants", "12345678901"])

        XCTAssertEqual(invite.status, 65, invite.stdout + invite.stderr)
        XCTAssertEqual(
            invite.stderr,
            "meeting-tui: Zoom has no meeting 123 4567 8901 (code 3001: it does not exist or has ended; "
                + "Zoom said: Meeting does not exist: 12345678901.); nothing was sent\n")
        XCTAssertEqual(participants.status, 65, participants.stdout + participants.stderr)
        XCTAssertEqual(
            participants.stderr,
            "meeting-tui: Zoom has no meeting 123 4567 8901 (code 3001: it does not exist or has ended; "
                + "Zoom said: Meeting does not exist: 12345678901.)\n")
        let events = await harness.eventRequests()
        XCTAssertTrue(events.isEmpty)
        let dashboard = await harness.simulator.requestLog().filter { $0.path.hasPrefix("/v2/metrics/") }
        XCTAssertTrue(dashboard.isEmpty, "the participants of a meeting Zoom does not know are not asked for")
    }

    func testUUIDIsResolvedToTheNumericIDBeforeAControl() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meetings = await harness.simulator.liveMeetings()
        let meeting = try XCTUnwrap(meetings.first { $0.uuid.hasPrefix("/") && $0.uuid.contains("//") })

        let end = try harness.run(["end", meeting.uuid, "--yes"])

        XCTAssertEqual(end.status, 0, end.stdout + end.stderr)
        let puts = await harness.simulator.requestLog().filter { $0.method == "PUT" }
        XCTAssertEqual(puts.map(\.path), ["/v2/meetings/\(meeting.id)/status"])
    }

    func testServerToServerWithoutAUserSaysWhatToSetAndNeverAsksForMe() async throws {
        var harness = try await CommandLineHarness.start(for: self) { $0.plan = .pro }
        harness.environment["ZOOM_USER"] = nil

        let list = try harness.run(["meetings"])

        XCTAssertEqual(list.status, 78, list.stdout + list.stderr)
        XCTAssertTrue(
            list.stderr.contains(
                "A Server-to-Server app has no user of its own, so Zoom does not accept \"me\" from it: "
                    + "name the account user whose meetings to use with `user = \"you@example.com\"` under [zoom] "
                    + "in config.toml, ZOOM_USER, or --user (an email or a user ID)."), list.stderr)
        let doctor = try harness.run(["doctor"])
        XCTAssertTrue(
            doctor.stdout.contains("works:        ✓ Zoom granted a token; no user is named: A Server-to-Server app"),
            doctor.stdout)
        let log = await harness.simulator.requestLog()
        XCTAssertFalse(log.contains { $0.path.hasPrefix("/v2/users/me") }, log.map(\.path).joined(separator: " "))

        let flagged = try harness.run(["meetings", "--user", "chidi.okafor@sim.example.com"])
        XCTAssertEqual(flagged.status, 0, flagged.stderr)
        XCTAssertTrue(
            flagged.stderr.contains("showing chidi.okafor@sim.example.com's scheduled meetings only"), flagged.stderr)
    }
}
