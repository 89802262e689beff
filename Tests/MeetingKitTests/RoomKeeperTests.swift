import Foundation
import Locking
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Keeping a room connected, against the simulator over loopback: a room seen to have left is
/// called again (audited as a redial), the pauses grow, keeping ends with the meeting or when the
/// redials are used up, and a read that failed never leads to a redial.
final class RoomKeeperTests: XCTestCase {
    private let adminScopes = GrantedScopes.known(Set(SimulatedApp.accountLevel.scopes))
    private let room = "sip:boardroom@rooms.example.com"
    private var auditDirectory: URL!

    override func setUp() {
        auditDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "keeper-tests-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: auditDirectory)
    }

    private var auditLog: AuditLog { AuditLog(fileURL: auditDirectory.appendingPathComponent("audit.log")) }

    /// A joined room, and a keeper for it; the harness's clock makes their pauses free.
    private func joinedRoom(_ harness: ClientHarness, redials: Int = 3, firstPause: TimeInterval = 10)
        async throws -> (keeper: RoomKeeper, request: InviteRequest, report: InviteReport, meeting: SimulatedMeeting)
    {
        let meeting = try await harness.liveMeeting()
        let workflow = InviteWorkflow(
            client: harness.client, scopes: adminScopes, clock: harness.clock, auditLog: auditLog, pollInterval: 0.1)
        let request = InviteRequest(
            meeting: .id(meeting.id), target: try RoomSystemAddress.parse(callType: .sip, input: room), timeout: 3)
        let report = await workflow.run(request)
        XCTAssertEqual(report.outcome, .joined, report.reason)
        let keeper = RoomKeeper(
            workflow: workflow, client: harness.client, clock: harness.clock,
            policy: KeepPolicy(redials: redials, firstPause: firstPause))
        return (keeper, request, report, meeting)
    }

    /// Waits until `condition` holds: the keeper runs in another task, over real HTTP. Fails the test
    /// after ten seconds of wall time.
    private func waitUntil(_ description: String, _ condition: () async -> Bool) async throws {
        for _ in 0..<500 {
            if await condition() { return }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        XCTFail("timed out waiting until \(description)")
    }

    func testARoomThatIsHungUpOnIsCalledAgainAndKeepingEndsWithTheMeeting() async throws {
        let harness = try await ClientHarness.start(for: self)
        let (keeper, request, report, meeting) = try await joinedRoom(harness)
        let events = Locked<[RoomKeeper.Event]>([])
        let keeping = Task {
            await keeper.keep(request, joined: report) { event in events.withLock { $0.append(event) } }
        }

        let hungUp = await harness.simulator.hangUp(meetingID: meeting.id, address: room)
        XCTAssertTrue(hungUp, "the room was connected")
        // The keeper sees the room back (its redial is verified) before the meeting ends.
        try await waitUntil("the room is redialled") { events.withLock { $0.count } >= 2 }
        await harness.simulator.endMeeting(meetingID: meeting.id)
        let end = await keeping.value

        guard case .meetingEnded = end else { return XCTFail("keeping should end with the meeting, not \(end)") }
        let seen = events.withLock { $0 }
        XCTAssertEqual(seen.count, 2, "one departure, one redial")
        if case .left(_, let attempt, let allowed, let pause) = seen.first {
            XCTAssertEqual([attempt, allowed], [1, 3])
            XCTAssertEqual(pause, 10)
        } else {
            XCTFail("the first event should be the departure")
        }
        if case .redialled(let again) = seen.last {
            XCTAssertEqual(again.outcome, .joined, again.reason)
        } else {
            XCTFail("no redial")
        }
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertEqual(patches.count, 2)
        XCTAssertEqual(try auditLog.entries().map(\.action), ["room_system_callout", "room_system_redial"])
    }

    func testARoomThatKeepsDroppingIsGivenUpWhenTheRedialsAreUsedUpWithGrowingPauses() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.droppingAddresses = [self.room: 0.3] }, for: self)
        let (keeper, request, report, _) = try await joinedRoom(harness, redials: 2)
        let end = await keeper.keep(request, joined: report)

        guard case .redialsUsedUp(let last) = end else { return XCTFail("the redials should be used up, not \(end)") }
        XCTAssertEqual(last.outcome, .notJoined)
        XCTAssertEqual(last.reason, "sip:boardroom@rooms.example.com left the meeting and its 2 redials are used up")
        let pauses = harness.clock.sleeps.filter { $0 >= 10 }
        XCTAssertEqual(pauses, [10, 20], "the pause doubles")
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertEqual(patches.count, 3, "the call-out and two redials")
        XCTAssertEqual(
            try auditLog.entries().map(\.action), ["room_system_callout", "room_system_redial", "room_system_redial"])
    }

    func testAMeetingThatEndsDuringThePauseEndsKeepingWithNothingSent() async throws {
        let harness = try await ClientHarness.start(for: self)
        let (keeper, request, report, meeting) = try await joinedRoom(harness, firstPause: 100)
        // The host ends the meeting during the keeper's 100 s pause.
        harness.clock.onSleep { _, seconds in
            if seconds == 100 { await harness.simulator.endMeeting(meetingID: meeting.id) }
        }
        let hungUp = await harness.simulator.hangUp(meetingID: meeting.id, address: room)
        XCTAssertTrue(hungUp, "the room was connected")
        let end = await keeper.keep(request, joined: report)

        guard case .meetingEnded = end else { return XCTFail("keeping should end with the meeting, not \(end)") }
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertEqual(patches.count, 1, "nothing is sent into an ended meeting")
    }

    func testAFailedReadNeverLeadsToARedial() async throws {
        let harness = try await ClientHarness.start(for: self)
        let (keeper, request, report, meeting) = try await joinedRoom(harness)
        await harness.simulator.setFaults(FaultConfiguration(serverErrorRate: 1))
        let hungUp = await harness.simulator.hangUp(meetingID: meeting.id, address: room)
        XCTAssertTrue(hungUp, "the room was connected")
        let keeping = Task { await keeper.keep(request, joined: report) }

        // Let the keeper read (and fail) several times.
        try await waitUntil("the keeper has read eight times") {
            await harness.requests("GET", "/metrics/meetings/").count >= 8
        }
        keeping.cancel()
        let end = await keeping.value

        guard case .stopped = end else { return XCTFail("keeping should stop when cancelled, not \(end)") }
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertEqual(patches.count, 1, "no redial while the participants cannot be read")
        XCTAssertFalse(harness.clock.sleeps.contains(10), "no redial pause was started")
    }
}
