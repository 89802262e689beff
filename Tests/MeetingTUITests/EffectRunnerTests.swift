import Foundation
import MeetingKit
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

@testable import MeetingConsole

/// The effect runner against the simulator over loopback HTTP: each effect comes back as the
/// action the reducer expects, and failures come back as actions rather than ending anything.
final class EffectRunnerTests: XCTestCase {
    var simulator: ZoomSimulator!
    /// The simulator's and the runners' time: pauses pass at once.
    var clock: ManualClock!

    override func setUp() async throws {
        clock = ManualClock()
        var configuration = SimulatorConfiguration()
        configuration.clock = clock
        configuration.ringSeconds = 0.2
        configuration.waitingRoomAddresses = ["sip:lobby@rooms.example.com"]
        simulator = try await ZoomSimulator.start(configuration)
    }

    override func tearDown() async throws {
        await simulator.shutdown()
    }

    /// A runner signed in as the app, waiting on `clock` (the simulator's by default), and the stream
    /// of actions it posts, which ends after 30 s of wall time so that no test waits on it for ever.
    func runner(
        as app: SimulatedApp, source: CredentialSource, scopes: GrantedScopes? = nil, auditLog: AuditLog? = nil,
        keepPolicy: KeepPolicy = KeepPolicy(), clock: ManualClock? = nil
    ) async -> (EffectRunner, AsyncStream<Action>) {
        let raw = await simulator.issueToken(for: app)
        let scopes = scopes ?? GrantedScopes.known(Set(app.scopes))
        let clock = clock ?? self.clock!
        let client = ZoomClient(
            configuration: .init(apiBaseURL: simulator.apiBaseURL), transport: CurlTransport(),
            tokens: PastedTokenProvider(token: Secret(raw)), clock: clock)
        let user = ActingUser(source: source, configured: source == .serverToServer ? app.userID : nil)
        let environment = ConsoleEnvironment(
            client: client, identity: ConsoleIdentity(source: source, scopes: scopes, user: user), auditLog: auditLog,
            keepPolicy: keepPolicy, clock: clock)
        let (stream, continuation) = AsyncStream<Action>.makeStream(endingAfter: 30)
        return (EffectRunner(environment: environment, post: { continuation.yield($0) }), stream)
    }

    func next(_ stream: AsyncStream<Action>) async -> Action? {
        var iterator = stream.makeAsyncIterator()
        return await iterator.next()
    }

    func testAccountAppListsEveryMeetingAndItsParticipants() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        runner.perform(.refreshMeetings(pages: 1))
        guard case .meetingsLoaded(let meetings, let source, _, _) = await next(stream) else {
            return XCTFail("no meetings")
        }
        XCTAssertEqual(source, .account)
        XCTAssertEqual(meetings.count, 4)
        XCTAssertTrue(meetings.allSatisfy { $0.participantCount != nil }, "the Dashboard list has counts")

        runner.perform(.loadParticipants(meetings[0].reference))
        guard case .participantsLoaded(let reference, let people) = await next(stream) else {
            return XCTFail("no participants")
        }
        XCTAssertEqual(reference, meetings[0].reference)
        XCTAssertFalse(people.isEmpty)

        runner.perform(.loadIdentity)
        guard case .identityLoaded(let user) = await next(stream) else { return XCTFail("no user") }
        XCTAssertFalse(user.displayName.isEmpty)
    }

    func testUserAppFallsBackToItsOwnMeetingsAndCannotReadParticipants() async throws {
        let (runner, stream) = await runner(as: .userLevel, source: .userOAuth)
        runner.perform(.refreshMeetings(pages: 1))
        guard case .meetingsLoaded(let meetings, let source, _, _) = await next(stream) else {
            return XCTFail("no meetings")
        }
        XCTAssertEqual(source, .user)
        let meeting = try XCTUnwrap(meetings.first)

        runner.perform(.loadParticipants(meeting.reference))
        guard case .participantsFailed(_, let problem) = await next(stream) else {
            return XCTFail("participants were read")
        }
        XCTAssertEqual(problem, .missingDashboardScope)
    }

    func testTypedMeetingsAreCheckedWithZoom() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        let live = await simulator.liveMeetings()
        let meeting = try XCTUnwrap(live.first { $0.uuid.hasPrefix("/") })
        let notStarted = await simulator.upcomingMeetings()
        let upcoming = try XCTUnwrap(notStarted.first)

        runner.perform(.checkMeeting(.uuid(meeting.uuid)))
        guard case .meetingChecked(.uuid(meeting.uuid), .live(let target)) = await next(stream) else {
            return XCTFail("not opened")
        }
        XCTAssertEqual(
            target, MeetingTarget(reference: .id(meeting.id), topic: meeting.topic),
            "the UUID is resolved to the meeting's ID")

        runner.perform(.checkMeeting(.id(upcoming.id)))
        guard case .meetingChecked(_, .refused(let waiting)) = await next(stream) else {
            return XCTFail("a waiting meeting opened")
        }
        XCTAssertTrue(waiting.contains("has not started yet"), waiting)

        runner.perform(.checkMeeting(.id(12_345_678_901)))
        guard case .meetingChecked(_, .refused(let missing)) = await next(stream) else {
            return XCTFail("a missing meeting opened")
        }
        XCTAssertTrue(missing.hasPrefix("Zoom has no meeting 123 4567 8901"), missing)
    }

    func testMoreMeetingsComeFromTheListTheFirstPageCameFrom() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        let client = ZoomClient(
            configuration: .init(apiBaseURL: simulator.apiBaseURL, pageSize: 3), transport: CurlTransport(),
            tokens: PastedTokenProvider(token: Secret(await simulator.issueToken(for: .accountLevel))))
        let first = try await client.accountLiveMeetingsPage(from: Date(), to: Date(), pageToken: nil)

        runner.perform(.loadMoreMeetings(.account, token: try XCTUnwrap(first.nextPageToken)))
        guard case .moreMeetingsLoaded(let meetings, let next) = await next(stream) else {
            return XCTFail("no next page")
        }
        XCTAssertEqual(meetings.count, 1, "the fourth of four meetings")
        XCTAssertNil(next)
    }

    func testControlsReportZoomsAnswer() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        let live = await simulator.liveMeetings()
        let meeting = MeetingTarget(reference: try XCTUnwrap(live.first).reference)
        runner.perform(.sendControl(ticket: 7, meeting, .recording(.start)))
        guard case .controlAnswered(let ticket, let answer) = await next(stream) else { return XCTFail("no answer") }
        XCTAssertEqual(ticket, 7)
        XCTAssertEqual(answer, .accepted)

        runner.perform(.sendControl(ticket: 8, MeetingTarget(reference: .id(11_111_111_111)), .endMeeting))
        guard case .controlAnswered(8, .failed(let reason)) = await next(stream) else {
            return XCTFail("ending a missing meeting worked")
        }
        XCTAssertTrue(reason.contains("3001"), reason)
    }

    /// An audit log in a fresh private directory.
    func makeAuditLog() throws -> AuditLog {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "console-audit-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return AuditLog(fileURL: directory.appendingPathComponent("audit.log"))
    }

    /// The requests that changed a meeting (anything but a read) the simulator received.
    private func changesSent() async -> [String] {
        await simulator.requestLog().filter { $0.method != "GET" && !$0.path.hasPrefix("/oauth") }.map {
            "\($0.method) \($0.path)"
        }
    }

    func testControlsAreAuditedLikeTheCommandLine() async throws {
        let auditLog = try makeAuditLog()
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer, auditLog: auditLog)
        let live = await simulator.liveMeetings()
        let meeting = try XCTUnwrap(live.first)
        runner.perform(.sendControl(ticket: 1, MeetingTarget(reference: meeting.reference), .recording(.start)))
        guard case .controlAnswered(1, .accepted) = await next(stream) else {
            return XCTFail("recording did not start")
        }
        runner.perform(.sendControl(ticket: 2, MeetingTarget(reference: meeting.reference), .endMeeting))
        guard case .controlAnswered(2, .accepted) = await next(stream) else {
            return XCTFail("the meeting did not end")
        }
        let entries = try auditLog.entries()
        XCTAssertEqual(entries.map(\.action), ["recording.start", "end_meeting"])
        XCTAssertEqual(entries.map(\.outcome), ["done", "done"])
        XCTAssertEqual(entries.first?.meeting, meeting.reference.description)
    }

    func testControlsArePreflightedAgainstTheScopes() async throws {
        let auditLog = try makeAuditLog()
        let (runner, stream) = await runner(
            as: .accountLevel, source: .serverToServer, scopes: .known(["meeting:read:admin"]), auditLog: auditLog)
        let live = await simulator.liveMeetings()
        runner.perform(
            .sendControl(ticket: 3, MeetingTarget(reference: try XCTUnwrap(live.first).reference), .endMeeting))
        guard case .controlAnswered(3, .failed(let reason)) = await next(stream) else {
            return XCTFail("ended without the scope")
        }
        XCTAssertTrue(reason.hasPrefix("Nothing was sent: "), reason)
        let sent = await changesSent()
        XCTAssertEqual(sent, [])
        XCTAssertEqual(try auditLog.entries().map(\.outcome), ["refused"])
    }

    func testPhoneCalloutInputIsValidatedBeforeSending() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        let live = await simulator.liveMeetings()
        let meeting = MeetingTarget(reference: try XCTUnwrap(live.first).reference)
        let forged = InMeetingEvent.PhoneCallout(inviteeName: "Mallory\u{1B}[2J", phoneNumber: "+14155550100")
        runner.perform(.sendControl(ticket: 4, meeting, .phoneCallout(forged)))
        guard case .controlAnswered(4, .failed(let reason)) = await next(stream) else {
            return XCTFail("a name with ESC was sent")
        }
        XCTAssertEqual(reason, "Nothing was sent: the display name holds a control character")
        let sent = await changesSent()
        XCTAssertEqual(sent, [])
    }

    func testAnAuditRecordThatCannotBeWrittenIsReported() async throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent(
            "console-audit-blocker-\(UUID().uuidString)")
        XCTAssertTrue(FileManager.default.createFile(atPath: blocker.path, contents: Data()))
        addTeardownBlock { try? FileManager.default.removeItem(at: blocker) }
        let auditLog = AuditLog(fileURL: blocker.appendingPathComponent("audit.log"))
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer, auditLog: auditLog)
        let live = await simulator.liveMeetings()
        runner.perform(
            .sendControl(ticket: 5, MeetingTarget(reference: try XCTUnwrap(live.first).reference), .recording(.start)))
        var iterator = stream.makeAsyncIterator()
        guard case .auditNotWritten(let warning) = await iterator.next() else {
            return XCTFail("the missing audit record was not reported")
        }
        XCTAssertTrue(
            warning.hasPrefix(
                "This action is NOT in the audit log: cannot write the audit log \(auditLog.fileURL.path)"), warning)
        guard case .controlAnswered(5, .accepted) = await iterator.next() else { return XCTFail("no answer") }

        let order = InviteOrder(
            meeting: MeetingTarget(reference: try XCTUnwrap(live.first).reference),
            target: try RoomSystemAddress.parse(callType: .sip, input: "sip:lobby@rooms.example.com"))
        runner.perform(.runInvite(ticket: 6, order))
        var reported = false
        while let action = await iterator.next() {
            if case .auditNotWritten = action { reported = true }
            if case .inviteProgressed(6, .finished) = action { break }
        }
        XCTAssertTrue(reported, "the invite's missing audit record was not reported")
    }

    func testInviteReportsProgressThenTheVerdict() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        let live = await simulator.liveMeetings()
        let meeting = MeetingTarget(reference: try XCTUnwrap(live.first).reference)
        let order = InviteOrder(
            meeting: meeting, target: try RoomSystemAddress.parse(callType: .sip, input: "sip:lobby@rooms.example.com"))
        runner.perform(.runInvite(ticket: 3, order))
        var stages: [InviteStage] = []
        for await action in stream {
            guard case .inviteProgressed(3, let stage) = action else { return XCTFail("unexpected \(action)") }
            stages.append(stage)
            if case .finished = stage { break }
        }
        XCTAssertTrue(stages.contains(.sending), "\(stages)")
        guard case .finished(let verdict) = stages.last else { return XCTFail("no verdict") }
        XCTAssertEqual(verdict.outcome, .waitingRoom, verdict.reason)
    }
}

extension SimulatedMeeting {
    /// How the console addresses this meeting.
    fileprivate var reference: MeetingReference { .id(id) }
}
