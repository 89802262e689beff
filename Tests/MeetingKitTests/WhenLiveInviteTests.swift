import Foundation
import Locking
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// A call-out set up before the meeting starts (`InviteWorkflow.runWhenLive`, `MeetingStartWaiter`)
/// against the simulator over real HTTP; time moves only when the code under test sleeps.
final class WhenLiveInviteTests: XCTestCase {
    private var auditDirectory: URL!

    override func setUp() {
        auditDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "when-live-tests-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: auditDirectory)
    }

    private var auditLog: AuditLog { AuditLog(fileURL: auditDirectory.appendingPathComponent("audit.log")) }
    private var adminScopes: GrantedScopes { .known(Set(SimulatedApp.accountLevel.scopes)) }

    private func workflow(
        _ harness: ClientHarness, scopes: GrantedScopes? = nil,
        source: CredentialSource = .serverToServer
    ) -> InviteWorkflow {
        InviteWorkflow(
            client: harness.client, scopes: scopes ?? adminScopes, source: source, clock: harness.clock,
            auditLog: auditLog,
            pollInterval: 0.5)
    }

    private func request(_ meeting: Int64) throws -> InviteRequest {
        InviteRequest(
            meeting: .id(meeting),
            target: try RoomSystemAddress.parse(callType: .sip, input: "boardroom@rooms.example.com"),
            displayName: "Boardroom", timeout: 60)
    }

    private func upcoming(_ harness: ClientHarness) async throws -> UpcomingMeeting {
        let upcoming = await harness.simulator.upcomingMeetings()
        return try XCTUnwrap(upcoming.first, "the simulator has no upcoming meeting: the test would prove nothing")
    }

    func testNothingIsSentBeforeTheMeetingStartsThenTheRoomJoins() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await upcoming(harness)
        let simulator = harness.simulator
        // The host starts the meeting during the third pause; the room answers 0.2 s after it is called.
        let clock = harness.clock
        clock.onSleep { sleep, _ in
            if sleep == 3 { await simulator.startUpcomingMeeting(id: meeting.id) }
        }
        let waits = Locked<[MeetingDetails]>([])
        let report = await workflow(harness).runWhenLive(try request(meeting.id), waitingAtMost: 3600) { progress in
            if case .waitingForStart(let details, _) = progress { waits.withLock { $0.append(details) } }
        }

        XCTAssertEqual(report.outcome, .joined, report.reason)
        XCTAssertEqual(report.meeting, .id(meeting.id))
        XCTAssertEqual(Array(clock.sleeps.prefix(3)), [5, 5, 5], "the wait reads the meeting every 5 s")
        XCTAssertEqual(waits.withLock { $0.map(\.topic) }, Array(repeating: meeting.topic, count: 3))
        let log = await simulator.requestLog()
        let reads = log.indices.filter { log[$0].method == "GET" && log[$0].path == "/v2/meetings/\(meeting.id)" }
        let patches = log.indices.filter { log[$0].method == "PATCH" }
        XCTAssertEqual(reads.count, 4, "three reads while waiting, one that finds it started")
        XCTAssertEqual(patches.count, 1, "one call-out")
        XCTAssertGreaterThan(patches[0], reads[3], "no call-out before Zoom said the meeting started")
        XCTAssertEqual(try auditLog.entries().map(\.outcome), ["joined"])
    }

    func testAWaitThatRunsOutSendsNothingAndSaysSo() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await upcoming(harness)
        let clock = harness.clock
        let report = await workflow(harness).runWhenLive(try request(meeting.id), waitingAtMost: 30)

        XCTAssertEqual(report.outcome, .notJoined)
        XCTAssertEqual(report.cause, .meetingNotStarted)
        XCTAssertFalse(report.sent)
        XCTAssertEqual(
            report.reason,
            "Meeting \(MeetingReference.grouped(meeting.id)) (\(meeting.topic)) did not start within 30 s; nothing was sent"
        )
        XCTAssertEqual(report.nextStep, "Invite again once the host starts it, or wait longer (--wait).")
        XCTAssertEqual(clock.sleeps, [5, 5, 5, 5, 5, 5])
        let reads = await harness.requests("GET", "/meetings/\(meeting.id)")
        XCTAssertEqual(reads.count, 7, "one read at the start and one after each pause")
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertTrue(patches.isEmpty)
        XCTAssertEqual(try auditLog.entries().map(\.outcome), ["not_joined"])
    }

    func testThePaceFitsTheLightBudget() {
        XCTAssertEqual(PollingBudget.secondsPerRequest(.meetingDetails), 1, "a quarter of Light's 4 a second (Free)")
        XCTAssertEqual(MeetingStartWaiter.pace, 5)
        let accountRate =
            Double(PollingBudget.consolesPerAccount * MeetingStartWaiter.concurrentWaits) / MeetingStartWaiter.pace
        XCTAssertLessThanOrEqual(
            accountRate, 4, "four consoles waiting for five meetings each stay within Light on Free")
    }

    func testAMeetingAlreadyLiveIsCalledAtOnce() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let clock = harness.clock
        let report = await workflow(harness).runWhenLive(try request(meeting.id), waitingAtMost: 60)
        XCTAssertEqual(report.outcome, .joined, report.reason)
        XCTAssertFalse(clock.sleeps.contains(5), "no pause before calling a live meeting")
    }

    func testAMeetingZoomDoesNotKnowIsRefusedWithoutWaiting() async throws {
        let harness = try await ClientHarness.start(for: self)
        let clock = harness.clock
        let report = await workflow(harness).runWhenLive(try request(12_345_678_901), waitingAtMost: 3600)
        XCTAssertEqual(report.outcome, .refused)
        XCTAssertEqual(report.cause, .meetingNotFound)
        XCTAssertTrue(report.reason.hasPrefix("Nothing was sent: Zoom has no meeting 123 4567 8901"), report.reason)
        XCTAssertTrue(clock.sleeps.isEmpty)
    }

    func testTheOriginThreadAppIsRefusedBeforeWaitingAndOfferedDialIn() async throws {
        let harness = try await ClientHarness.start(app: .userLevel, for: self)
        let meeting = try await upcoming(harness)
        let clock = harness.clock
        let report = await workflow(harness, scopes: .known(Set(SimulatedApp.userLevel.scopes)), source: .userOAuth)
            .runWhenLive(try request(meeting.id), waitingAtMost: 3600)

        XCTAssertEqual(report.outcome, .refused)
        XCTAssertTrue(clock.sleeps.isEmpty, "a call-out that cannot work is refused now, not after the wait")
        XCTAssertTrue(report.offersDialIn)
        let reads = await harness.requests("GET", "/meetings/")
        XCTAssertTrue(reads.isEmpty)
        XCTAssertTrue(
            report.nextStep?.hasSuffix(
                "To get the room in today without a call-out, let it dial in: `meeting-tui dialin \(meeting.id)` prints the SIP address "
                    + "the room dials itself (this needs the user-level scope meeting:write:sip_dialing or meeting:write:admin:sip_dialing, "
                    + "which this token lacks too: add it to the app and sign in again).") == true,
            report.nextStep ?? "")
    }

    func testAnAppThatMayGetTheDialInAddressIsOfferedItPlainly() {
        let scopes = GrantedScopes.known(["meeting:read:meeting", "meeting:write:sip_dialing"])
        XCTAssertEqual(
            ScopeAdvice.dialInInstead(meeting: .id(85_746_065_432), scopes: scopes),
            "To get the room in today without a call-out, let it dial in: `meeting-tui dialin 85746065432` "
                + "prints the SIP address the room dials itself.")
    }
}
