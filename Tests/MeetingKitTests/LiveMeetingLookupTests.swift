import Foundation
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Live meetings as Zoom lists them (docs/zoom-api.md): typed IDs checked with
/// `GET /meetings/{id}`, UUIDs resolved for controls, instant meetings missing from a user's
/// list, Server-to-Server tokens that never say `me`, the list page by page, and the daily limit.
final class LiveMeetingLookupTests: XCTestCase {
    private func lookup(_ harness: ClientHarness) async throws -> MeetingLookup {
        MeetingLookup(client: harness.client, scopes: try await harness.tokens.currentToken().scopes)
    }

    func testTypedInstantMeetingIsFoundLive() async throws {
        let harness = try await ClientHarness.start(for: self)
        let instant = try await harness.liveMeeting("instant meeting") { $0.kind == .instant }

        let finding = try await lookup(harness).check(.id(instant.id))

        guard case .started(let details) = finding else { return XCTFail("\(finding)") }
        XCTAssertEqual(details.id, instant.id)
        XCTAssertEqual(details.topic, instant.topic)
        XCTAssertEqual(details.type, 1)
    }

    func testTypedMeetingThatHasNotStartedIsToldApartFromOneThatDoesNotExist() async throws {
        let harness = try await ClientHarness.start(for: self)
        let notStarted = await harness.simulator.upcomingMeetings()
        let upcoming = try XCTUnwrap(notStarted.first)
        let lookup = try await lookup(harness)

        let waiting = try await lookup.check(.id(upcoming.id))
        let missing = try await lookup.check(.id(12_345_678_901))

        guard case .notStarted(let details) = waiting else { return XCTFail("\(waiting)") }
        XCTAssertEqual(details.status, .waiting)
        XCTAssertEqual(missing, .notFound(zoomSaid: "Meeting does not exist: 12345678901."))
        do {
            _ = try await lookup.liveMeeting(.id(upcoming.id))
            XCTFail("a meeting that has not started was taken as live")
        } catch let problem as MeetingLookup.Problem {
            XCTAssertEqual(
                problem.description,
                "meeting \(MeetingReference.grouped(upcoming.id)) (\(upcoming.topic)) has not started yet "
                    + "(Zoom says \"waiting\"); try again once the host starts it")
        }
        do {
            _ = try await lookup.liveMeeting(.id(12_345_678_901))
            XCTFail("a meeting that does not exist was taken as live")
        } catch let problem as MeetingLookup.Problem {
            XCTAssertEqual(
                problem.description,
                "Zoom has no meeting 123 4567 8901 (code 3001: it does not exist or has ended; "
                    + "Zoom said: Meeting does not exist: 12345678901.)")
        }
    }

    func testUUIDIsResolvedToTheNumericIDForControls() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting("meeting whose UUID needs double encoding") {
            $0.uuid.hasPrefix("/") && $0.uuid.contains("//")
        }

        let live = try await lookup(harness).liveMeeting(.uuid(meeting.uuid))

        XCTAssertEqual(live.reference, .id(meeting.id))
        let requests = await harness.requests("GET", "/meetings/")
        XCTAssertEqual(requests.map(\.path), ["/v2/meetings/\(MeetingReference.uuid(meeting.uuid).pathSegment)"])
        XCTAssertTrue(
            requests.first?.path.hasPrefix("/v2/meetings/%252F") == true, "a UUID starting with / is encoded twice")
    }

    func testUUIDThatCannotBeLookedUpIsRefusedForControls() async throws {
        var app = SimulatedApp.accountLevel
        app.scopes = ["meeting:write:admin"]
        let harness = try await ClientHarness.start(app: app, for: self)
        let meeting = try await harness.liveMeeting()

        do {
            _ = try await lookup(harness).liveMeeting(.uuid(meeting.uuid))
            XCTFail("a UUID was used without being resolved")
        } catch let problem as MeetingLookup.Problem {
            guard case .unresolvedUUID = problem else { return XCTFail("\(problem)") }
            XCTAssertTrue(
                problem.description.hasPrefix("in-meeting controls take the numeric meeting ID"), problem.description)
        }
        let requests = await harness.requests("GET", "/meetings/")
        XCTAssertEqual(requests.count, 0, "the token has no scope to read meetings: nothing is asked")
    }

    func testServerToServerWithoutAUserSaysSoAndNeverAsksForMe() async throws {
        let harness = try await ClientHarness.start(ClientHarness.configuration { $0.plan = .pro }, for: self)
        let lister = LiveMeetingLister(
            client: harness.client, scopes: try await harness.tokens.currentToken().scopes,
            user: ActingUser(source: .serverToServer, configured: nil))

        do {
            _ = try await lister.list(now: Date())
            XCTFail("a Server-to-Server app listed its own meetings without a user")
        } catch let error as ZoomAPIError {
            XCTAssertEqual(
                error,
                .credentials(
                    "The account-wide list is not available (Zoom answered 400 (code 200): Only available for "
                        + "Paid account with Business plan or higher and the Dashboard feature enabled.). "
                        + ActingUser.missingExplanation))
        }
        let log = await harness.simulator.requestLog()
        XCTAssertFalse(log.contains { $0.path.hasPrefix("/v2/users/me") }, log.map(\.path).joined(separator: " "))
    }

    func testUsersListLeavesInstantMeetingsOutAndSaysSo() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration {
                $0.plan = .pro
                $0.meetingCount = 12
            }, for: self)
        let host = "chidi.okafor@sim.example.com"
        let lister = LiveMeetingLister(
            client: harness.client, scopes: try await harness.tokens.currentToken().scopes,
            user: ActingUser(source: .serverToServer, configured: host))

        let listing = try await lister.list(now: Date())

        let hosted = await harness.simulator.liveMeetings().filter { $0.hostEmail == host }
        XCTAssertTrue(
            hosted.contains { $0.kind == .instant } && hosted.contains { $0.kind == .scheduled },
            "the test needs both kinds")
        XCTAssertEqual(listing.scope, .user)
        XCTAssertEqual(Set(listing.meetings.map(\.id)), Set(hosted.filter { $0.kind == .scheduled }.map(\.id)))
        XCTAssertNotNil(listing.note)
        let requests = await harness.requests("GET", "/users/")
        XCTAssertEqual(requests.map(\.path), ["/v2/users/\(host)/meetings"])
    }

    func testDashboardListIsReadPageByPageOverAWeek() async throws {
        let harness = try await ClientHarness.start(ClientHarness.configuration { $0.meetingCount = 7 }, for: self)
        let client = ZoomClient(
            configuration: .init(apiBaseURL: harness.simulator.apiBaseURL, retry: ClientHarness.retry, pageSize: 3),
            transport: CurlTransport(), tokens: harness.tokens, clock: harness.clock)
        let lister = LiveMeetingLister(
            client: client, scopes: try await harness.tokens.currentToken().scopes, user: .me)
        let now = Date()

        let first = try await lister.page(now: now)
        let second = try await lister.page(first.scope, token: try XCTUnwrap(first.nextPageToken), now: now)

        XCTAssertEqual(first.scope, .account)
        XCTAssertEqual(first.meetings.count, 3)
        XCTAssertEqual(second.meetings.count, 3)
        XCTAssertTrue(Set(first.meetings.map(\.id)).isDisjoint(with: second.meetings.map(\.id)))
        let requests = await harness.requests("GET", "/metrics/meetings")
        XCTAssertEqual(requests.count, 2, "one request per page asked for, not the whole list")
        let week = "from=\(ZoomDate.day(now.addingTimeInterval(-7 * 86_400)))&to=\(ZoomDate.day(now))"
        XCTAssertTrue(requests.first?.query.contains(week) == true, requests.first?.query ?? "")
    }

    func testDailyLimitWithoutTypeHeaderIsReportedUntilTomorrowAndNotRetried() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.dailyHeavyRequestCap = 0 }, for: self)

        do {
            _ = try await harness.client.accountLiveMeetings(from: Date(), to: Date())
            XCTFail("the daily limit was not reported")
        } catch let ZoomAPIError.rateLimited(info) {
            XCTAssertNil(info.type, "the simulator's first daily 429 has no type header")
            XCTAssertTrue(info.isDailyLimit)
            XCTAssertEqual(
                ZoomAPIError.rateLimited(info).description,
                "Zoom's daily request limit is used up for this account until tomorrow (UTC); "
                    + "every app of the account shares it, so waiting minutes will not help")
        }
        XCTAssertEqual(harness.clock.sleeps, [])
        let requests = await harness.requests("GET", "/metrics/meetings")
        XCTAssertEqual(requests.count, 1)
    }

    func testSIPDialingAddressIsDecoded() async throws {
        var app = SimulatedApp.userLevel
        app.scopes = ["meeting:write:sip_dialing"]
        let harness = try await ClientHarness.start(app: app, for: self)
        let meeting = try await harness.liveMeeting("meeting the user hosts") { $0.hostID == app.userID }

        let address = try await harness.client.sipDialingAddress(for: .id(meeting.id), passcode: "4711")

        XCTAssertTrue(address.uri.hasPrefix("\(meeting.id).") && address.uri.hasSuffix("@zoomcrc.com"), address.uri)
        XCTAssertEqual(address.expiresIn, 7200)
        XCTAssertEqual(address.paidCRCPlanParticipant, false)
        XCTAssertEqual(address.participantIdentifierCode?.count, 6)
        let request = try await harness.firstRequest("POST", "/meetings/\(meeting.id)/sip_dialing")
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), #"{"passcode":"4711"}"#)
    }
}
