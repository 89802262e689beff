import Foundation
import MeetingKit
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// The invite workflow against the simulator over real HTTP: every outcome, and never `joined` unless it joined.
final class InviteWorkflowTests: XCTestCase {
    private var auditDirectory: URL!

    override func setUp() {
        auditDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "invite-tests-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: auditDirectory)
    }

    private var auditLog: AuditLog { AuditLog(fileURL: auditDirectory.appendingPathComponent("audit.log")) }

    /// A simulator, and a workflow acting with `tokens` (scopes as the provider says), polling fast.
    private func workflow(
        _ harness: ClientHarness, scopes: GrantedScopes, source: CredentialSource = .serverToServer,
        transport: (any HTTPTransport)? = nil, tokens: (any TokenProvider)? = nil
    ) -> InviteWorkflow {
        let client = ZoomClient(
            configuration: .init(apiBaseURL: harness.simulator.apiBaseURL, retry: ClientHarness.retry),
            transport: transport ?? CurlTransport(), tokens: tokens ?? harness.tokens, clock: harness.clock)
        return InviteWorkflow(
            client: client, scopes: scopes, source: source, clock: harness.clock, auditLog: auditLog, pollInterval: 0.1)
    }

    private func request(
        _ meeting: SimulatedMeeting, sip: String? = nil, h323: String? = nil, name: String? = nil,
        timeout: TimeInterval = 5, verify: Bool = true, force: Bool = false
    ) throws -> InviteRequest {
        let target =
            try sip.map { try RoomSystemAddress.parse(callType: .sip, input: $0) }
            ?? RoomSystemAddress.parse(callType: .h323, input: h323 ?? "")
        return InviteRequest(
            meeting: .id(meeting.id), target: target, displayName: name, timeout: timeout, verify: verify, force: force)
    }

    private var adminScopes: GrantedScopes { .known(Set(SimulatedApp.accountLevel.scopes)) }

    func testAccountLevelSIPCalloutJoinsWithOneRequest() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let report = await workflow(harness, scopes: adminScopes).run(
            try request(meeting, sip: "boardroom@rooms.example.com", name: "Boardroom"))

        XCTAssertEqual(report.outcome, .joined, report.reason)
        XCTAssertEqual(report.participant?.sipURI, "sip:boardroom@rooms.example.com")
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertEqual(patches.count, 1)
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
        let audit = try auditLog.entries()
        XCTAssertEqual(audit.map(\.outcome), ["joined"])
        XCTAssertEqual(audit.first?.action, "room_system_callout")
        XCTAssertEqual(audit.first?.target, "SIP sip:boardroom@rooms.example.com")
    }

    func testAccountLevelH323CalloutJoins() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let report = await workflow(harness, scopes: adminScopes).run(
            try request(meeting, h323: "10.20.30.40", name: "Lab"))
        XCTAssertEqual(report.outcome, .joined, report.reason)
        XCTAssertEqual(report.participant?.name, "Lab")
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.map(\.callType), ["h323"])
    }

    func testUserLevelAppIsRefusedBeforeSendingWithTheScopeNamed() async throws {
        let harness = try await ClientHarness.start(app: .userLevel, for: self)
        let meeting = try await harness.liveMeeting()
        let report = await workflow(harness, scopes: .known(Set(SimulatedApp.userLevel.scopes)), source: .userOAuth)
            .run(try request(meeting, sip: "boardroom@rooms.example.com"))

        XCTAssertEqual(report.outcome, .refused)
        XCTAssertFalse(report.sent)
        XCTAssertTrue(report.reason.contains("meeting:write:admin"), report.reason)
        XCTAssertTrue(report.reason.contains("account-level"), report.reason)
        XCTAssertTrue(report.nextStep?.contains("Server-to-Server") == true)
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertTrue(patches.isEmpty, "nothing may be sent after a refused preflight")
    }

    func testForceSendsDespiteThePreflightAndSaysSo() async throws {
        let harness = try await ClientHarness.start(app: .userLevel, for: self)
        let meeting = try await harness.liveMeeting { $0.hostID == SimulatedApp.userLevel.userID }
        let report = await workflow(harness, scopes: .known(Set(SimulatedApp.userLevel.scopes)), source: .userOAuth)
            .run(try request(meeting, sip: "boardroom@rooms.example.com", timeout: 1, force: true))
        // Zoom drops it silently (the origin thread) and the user-level token cannot read participants.
        XCTAssertEqual(report.outcome, .unconfirmed, report.reason)
        XCTAssertTrue(report.warnings.contains { $0.contains("--force") })
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
    }

    func testPastedTokenWithoutDashboardIsUnconfirmed() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let pasted = PastedTokenProvider(
            token: Secret(
                await harness.simulator.issueToken(
                    for: .accountLevel, scopes: ["meeting:write:admin", "meeting:read:admin"])))
        let report = await workflow(harness, scopes: .unknown, source: .pastedToken, tokens: pasted)
            .run(try request(meeting, sip: "boardroom@rooms.example.com"))

        XCTAssertEqual(report.outcome, .unconfirmed, report.reason)
        XCTAssertEqual(report.cause, .cannotVerify)
        XCTAssertTrue(report.sent)
        XCTAssertTrue(report.warnings.contains(ScopeAdvice.unknownScopes))
    }

    func testSilentlyDroppedCalloutIsNotJoinedAndNamesTheLikelyCause() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        // A pasted token like the origin thread's: meeting:write only (Zoom drops the call-out), but Dashboard access to watch.
        let token = await harness.simulator.issueToken(
            for: .accountLevel, scopes: ["meeting:write", "dashboard_meetings:read:admin"])
        let report = await workflow(
            harness, scopes: .unknown, source: .pastedToken, tokens: PastedTokenProvider(token: Secret(token))
        )
        .run(try request(meeting, sip: "boardroom@rooms.example.com", timeout: 1))

        XCTAssertEqual(report.outcome, .notJoined, report.reason)
        XCTAssertTrue(report.nextStep?.contains("meeting:write:admin") == true, report.nextStep ?? "")
        XCTAssertEqual(try auditLog.entries().map(\.outcome), ["not_joined"])
    }

    func testUnreachableRoomIsNotJoined() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.unreachableAddresses = ["sip:annex@rooms.example.com"] }, for: self)
        let meeting = try await harness.liveMeeting()
        let report = await workflow(harness, scopes: adminScopes).run(
            try request(meeting, sip: "sip:annex@rooms.example.com", timeout: 1))
        XCTAssertEqual(report.outcome, .notJoined)
        XCTAssertEqual(report.cause, .timedOut)
        XCTAssertTrue(report.nextStep?.contains("firewall") == true)
    }

    func testWaitingRoomIsItsOwnOutcome() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.waitingRoomAddresses = ["sip:lobby@rooms.example.com"] }, for: self)
        let meeting = try await harness.liveMeeting()
        let report = await workflow(harness, scopes: adminScopes).run(
            try request(meeting, sip: "lobby@rooms.example.com"))
        XCTAssertEqual(report.outcome, .waitingRoom, report.reason)
        XCTAssertEqual(report.participant?.status, .inWaitingRoom)
    }

    func testLostAnswerIsNotSentAgainAndTheJoinIsStillSeen() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let report = await workflow(harness, scopes: adminScopes, transport: AnswerLosingTransport(losing: .patch))
            .run(try request(meeting, sip: "boardroom@rooms.example.com"))

        XCTAssertEqual(report.outcome, .joined, report.reason)
        XCTAssertTrue(report.warnings.contains { $0.contains("lost") })
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1, "an ambiguous failure must not be retried blindly")
    }

    func testLostAnswerWithoutAJoinIsUnconfirmedWithAdvice() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.unreachableAddresses = ["sip:annex@rooms.example.com"] }, for: self)
        let meeting = try await harness.liveMeeting()
        let report = await workflow(harness, scopes: adminScopes, transport: AnswerLosingTransport(losing: .patch))
            .run(try request(meeting, sip: "annex@rooms.example.com", timeout: 1))
        XCTAssertEqual(report.outcome, .unconfirmed)
        XCTAssertEqual(report.cause, .answerLost)
        XCTAssertTrue(report.nextStep?.contains("before checking") == true)
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
    }

    func testRoomAlreadyInTheMeetingIsNotCalledTwice() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let flow = workflow(harness, scopes: adminScopes)
        let first = await flow.run(try request(meeting, sip: "boardroom@rooms.example.com"))
        XCTAssertEqual(first.outcome, .joined)
        let second = await flow.run(try request(meeting, sip: "boardroom@rooms.example.com"))
        XCTAssertEqual(second.outcome, .refused)
        XCTAssertEqual(second.cause, .alreadyPresent)
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
    }

    func testRateLimitedCalloutIsWaitedOutAndSentOnceMore() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        await harness.simulator.forceRateLimit(next: 1, retryAfter: "1")
        let report = await workflow(harness, scopes: adminScopes).run(
            try request(meeting, sip: "boardroom@rooms.example.com", verify: false))

        XCTAssertEqual(report.outcome, .unconfirmed)
        XCTAssertEqual(report.cause, .notVerified)
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertEqual(patches.map(\.status), [429, 202])
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
    }

    // MARK: - Scopes in both vocabularies

    func testGranularOnlyAccountLevelAppCallsOutAndItIsVerified() async throws {
        let harness = try await ClientHarness.start(app: .granularAccountLevel, for: self)
        let meeting = try await harness.liveMeeting()
        let report = await workflow(harness, scopes: .known(Set(SimulatedApp.granularAccountLevel.scopes)))
            .run(try request(meeting, sip: "boardroom@rooms.example.com", name: "Boardroom"))

        XCTAssertEqual(report.outcome, .joined, report.reason)
        XCTAssertEqual(report.participant?.sipURI, "sip:boardroom@rooms.example.com")
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.map(\.disposition), [.accepted])
    }

    func testClassicDashboardReadAdminAppReadsParticipantsAndVerifiesTheJoin() async throws {
        let harness = try await ClientHarness.start(app: .classicDashboard, for: self)
        let meeting = try await harness.liveMeeting()
        let participants = try await harness.client.liveParticipants(of: .id(meeting.id))
        XCTAssertEqual(
            Set(participants.compactMap(\.participantUUID)),
            Set(meeting.participants.filter(\.isPresent).map(\.participantUUID)))

        let report = await workflow(harness, scopes: .known(Set(SimulatedApp.classicDashboard.scopes)))
            .run(try request(meeting, h323: "10.20.30.40", name: "Lab"))
        XCTAssertEqual(report.outcome, .joined, report.reason)
    }

    func testListOnlyDashboardAppPlacesTheCalloutButCannotConfirmIt() async throws {
        let harness = try await ClientHarness.start(app: .dashboardListOnly, for: self)
        let meeting = try await harness.liveMeeting()
        let report = await workflow(harness, scopes: .known(Set(SimulatedApp.dashboardListOnly.scopes)))
            .run(try request(meeting, sip: "boardroom@rooms.example.com"))

        XCTAssertEqual(report.outcome, .unconfirmed, report.reason)
        XCTAssertEqual(report.cause, .cannotVerify)
        XCTAssertTrue(report.sent)
        XCTAssertEqual(
            report.reason,
            "Zoom accepted the call-out. Whether it joined cannot be seen: verify that a call-out joined needs "
                + "dashboard:read:list_meeting_participants:admin (for older apps: dashboard_meetings:read:admin or dashboard:read:admin), "
                + "which this token does not have.")
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.map(\.disposition), [.accepted], "the call-out itself is allowed and placed")
        let reads = await harness.requests("GET", "/metrics/meetings/")
        XCTAssertTrue(reads.isEmpty, "the preflight knows the participants cannot be read: \(reads.map(\.path))")
    }

    func testPastedListOnlyDashboardTokenIsUnconfirmedToo() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let pasted = PastedTokenProvider(token: Secret(await harness.simulator.issueToken(for: .dashboardListOnly)))
        let report = await workflow(harness, scopes: .unknown, source: .pastedToken, tokens: pasted)
            .run(try request(meeting, sip: "boardroom@rooms.example.com"))

        XCTAssertEqual(report.outcome, .unconfirmed, report.reason)
        XCTAssertEqual(report.cause, .cannotVerify)
        XCTAssertTrue(report.reason.contains("dashboard:read:list_meeting_participants:admin"), report.reason)
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
    }

    func testUnknownMeetingIsRefusedWithNothingSent() async throws {
        let harness = try await ClientHarness.start(for: self)
        let target = try RoomSystemAddress.parse(callType: .sip, input: "boardroom@rooms.example.com")
        let report = await workflow(harness, scopes: adminScopes).run(
            InviteRequest(meeting: .id(99_999_999_999), target: target))
        XCTAssertEqual(report.outcome, .refused)
        XCTAssertEqual(report.cause, .meetingNotFound)
        XCTAssertFalse(report.sent)
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertTrue(patches.isEmpty)
    }

    // MARK: - Only a room system counts (issue 12 item 6)

    func testLaptopCarryingTheRoomsNameIsNotTakenForTheRoom() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.lookalikeAddresses = ["sip:boardroom@rooms.example.com"] }, for: self)
        let meeting = try await harness.liveMeeting()
        let report = await workflow(harness, scopes: adminScopes)
            .run(try request(meeting, sip: "boardroom@rooms.example.com", name: "Boardroom", timeout: 2))

        XCTAssertEqual(report.outcome, .notJoined, report.reason)
        XCTAssertNil(report.participant)
        XCTAssertEqual(
            report.reason,
            "Zoom accepted the call-out, but sip:boardroom@rooms.example.com did not join within 2 s; "
                + "a participant named \"Boardroom\" on Windows joined, and is not the room")
        let roster = await harness.simulator.liveMeetings().first { $0.id == meeting.id }?.participants ?? []
        XCTAssertTrue(
            roster.contains { $0.name == "Boardroom" && $0.device == "Windows" }, "the simulator's lookalike joined")
    }

    func testSameNameAlreadyPresentDoesNotBlockTheCalloutAndIsNamed() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let joined = await harness.simulator.join(meetingID: meeting.id, name: "Boardroom", device: "Windows")
        XCTAssertTrue(joined)

        let report = await workflow(harness, scopes: adminScopes).run(
            try request(meeting, sip: "boardroom@rooms.example.com", name: "Boardroom"))

        XCTAssertEqual(report.outcome, .joined, report.reason)
        XCTAssertEqual(report.participant?.device, "H.323/SIP")
        XCTAssertTrue(
            report.warnings.contains(
                "a participant named \"Boardroom\" on Windows is already in the meeting and is not the room; calling the room anyway"
            ), "\(report.warnings)")
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1, "the lookalike did not block the call-out")
    }

    func testRoomSystemReportingAnotherContactURIIsRecognised() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let flow = workflow(harness, scopes: adminScopes)
        // The simulator's second call-out reports its Contact URI at an IP address over TLS; its third adds ;transport=tcp.
        for (index, user) in ["first", "second", "third"].enumerated() {
            let report = await flow.run(try request(meeting, sip: "\(user)@rooms.example.com"))
            XCTAssertEqual(report.outcome, .joined, "call-out \(index): \(report.reason)")
            XCTAssertEqual(report.participant?.device, "H.323/SIP")
        }
        let contacts =
            await harness.simulator.liveMeetings().first { $0.id == meeting.id }?.participants.compactMap(\.sipURI)
            ?? []
        XCTAssertTrue(contacts.contains("sip:second@203.0.113.2:5061;transport=tls"), "\(contacts)")
        XCTAssertTrue(contacts.contains("sip:third@rooms.example.com;transport=tcp"), "\(contacts)")
    }
}
