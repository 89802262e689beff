import Foundation
import MeetingKit
import XCTest
import ZoomSimulator
@testable import MeetingConsole

/// The effect runner against the simulator over loopback HTTP: each effect comes back as the
/// action the reducer expects, and failures come back as actions rather than ending anything.
final class EffectRunnerTests: XCTestCase {
    private var simulator: ZoomSimulator!

    override func setUp() async throws {
        var configuration = SimulatorConfiguration()
        configuration.ringSeconds = 0.2
        configuration.waitingRoomAddresses = ["sip:lobby@rooms.example.com"]
        simulator = try await ZoomSimulator.start(configuration)
    }

    override func tearDown() async throws {
        await simulator.shutdown()
    }

    /// A runner signed in as the app, and the stream of actions it posts.
    private func runner(as app: SimulatedApp, source: CredentialSource) async -> (EffectRunner, AsyncStream<Action>) {
        let raw = await simulator.issueToken(for: app)
        let scopes = GrantedScopes.known(Set(app.scopes))
        let client = ZoomClient(configuration: .init(apiBaseURL: simulator.apiBaseURL), transport: CurlTransport(),
                                tokens: PastedTokenProvider(token: Secret(raw)))
        let user = ActingUser(source: source, configured: source == .serverToServer ? app.userID : nil)
        let environment = ConsoleEnvironment(client: client, identity: ConsoleIdentity(source: source, scopes: scopes, user: user))
        let (stream, continuation) = AsyncStream<Action>.makeStream()
        return (EffectRunner(environment: environment, post: { continuation.yield($0) }), stream)
    }

    private func next(_ stream: AsyncStream<Action>) async -> Action? {
        var iterator = stream.makeAsyncIterator()
        return await iterator.next()
    }

    func testAccountAppListsEveryMeetingAndItsParticipants() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        runner.perform(.refreshMeetings(pages: 1))
        guard case .meetingsLoaded(let meetings, let source, _, _) = await next(stream) else { return XCTFail("no meetings") }
        XCTAssertEqual(source, .account)
        XCTAssertEqual(meetings.count, 4)
        XCTAssertTrue(meetings.allSatisfy { $0.participantCount != nil }, "the Dashboard list has counts")

        runner.perform(.loadParticipants(meetings[0].reference))
        guard case .participantsLoaded(let reference, let people) = await next(stream) else { return XCTFail("no participants") }
        XCTAssertEqual(reference, meetings[0].reference)
        XCTAssertFalse(people.isEmpty)

        runner.perform(.loadIdentity)
        guard case .identityLoaded(let user) = await next(stream) else { return XCTFail("no user") }
        XCTAssertFalse(user.displayName.isEmpty)
    }

    func testUserAppFallsBackToItsOwnMeetingsAndCannotReadParticipants() async throws {
        let (runner, stream) = await runner(as: .userLevel, source: .userOAuth)
        runner.perform(.refreshMeetings(pages: 1))
        guard case .meetingsLoaded(let meetings, let source, _, _) = await next(stream) else { return XCTFail("no meetings") }
        XCTAssertEqual(source, .user)
        let meeting = try XCTUnwrap(meetings.first)

        runner.perform(.loadParticipants(meeting.reference))
        guard case .participantsFailed(_, let problem) = await next(stream) else { return XCTFail("participants were read") }
        XCTAssertEqual(problem, .missingDashboardScope)
    }

    func testTypedMeetingsAreCheckedWithZoom() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        let live = await simulator.liveMeetings()
        let meeting = try XCTUnwrap(live.first { $0.uuid.hasPrefix("/") })
        let notStarted = await simulator.upcomingMeetings()
        let upcoming = try XCTUnwrap(notStarted.first)

        runner.perform(.checkMeeting(.uuid(meeting.uuid)))
        guard case .meetingChecked(.uuid(meeting.uuid), .live(let target)) = await next(stream) else { return XCTFail("not opened") }
        XCTAssertEqual(target, MeetingTarget(reference: .id(meeting.id), topic: meeting.topic), "the UUID is resolved to the meeting's ID")

        runner.perform(.checkMeeting(.id(upcoming.id)))
        guard case .meetingChecked(_, .refused(let waiting)) = await next(stream) else { return XCTFail("a waiting meeting opened") }
        XCTAssertTrue(waiting.contains("has not started yet"), waiting)

        runner.perform(.checkMeeting(.id(12_345_678_901)))
        guard case .meetingChecked(_, .refused(let missing)) = await next(stream) else { return XCTFail("a missing meeting opened") }
        XCTAssertTrue(missing.hasPrefix("Zoom has no meeting 123 4567 8901"), missing)
    }

    func testMoreMeetingsComeFromTheListTheFirstPageCameFrom() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        let client = ZoomClient(configuration: .init(apiBaseURL: simulator.apiBaseURL, pageSize: 3), transport: CurlTransport(),
                                tokens: PastedTokenProvider(token: Secret(await simulator.issueToken(for: .accountLevel))))
        let first = try await client.accountLiveMeetingsPage(from: Date(), to: Date(), pageToken: nil)

        runner.perform(.loadMoreMeetings(.account, token: try XCTUnwrap(first.nextPageToken)))
        guard case .moreMeetingsLoaded(let meetings, let next) = await next(stream) else { return XCTFail("no next page") }
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

        runner.perform(.sendControl(ticket: 8, MeetingTarget(reference: .id(11_111_111_111)), .end))
        guard case .controlAnswered(8, .failed(let reason)) = await next(stream) else { return XCTFail("ending a missing meeting worked") }
        XCTAssertTrue(reason.contains("3001"), reason)
    }

    func testInviteReportsProgressThenTheVerdict() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        let live = await simulator.liveMeetings()
        let meeting = MeetingTarget(reference: try XCTUnwrap(live.first).reference)
        let order = InviteOrder(meeting: meeting, target: try RoomSystemAddress.parse(callType: .sip, input: "sip:lobby@rooms.example.com"))
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
