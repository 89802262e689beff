import Foundation
import PlainText
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// How Zoom lists and describes meetings (docs/zoom-api.md): instant meetings are missing
/// from a user's list but not from the Dashboard or `GET /meetings/{id}`; scheduled meetings that
/// have not started answer `waiting`; `POST /meetings/{id}/sip_dialing`; the Dashboard's types and dates.
final class MeetingDetailsTests: XCTestCase {
    private let http = LoopbackHTTP()

    func testInstantMeetingIsMissingFromItsHostsListButNotFromTheDashboardOrItsDetails() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let meetings = await simulator.liveMeetings()
            let instant = try XCTUnwrap(meetings.first { $0.kind == .instant }, "no instant meeting")

            let hostList = try await http.api(
                "GET", simulator.apiBaseURL.adding("/users/\(instant.hostID)/meetings?type=live"), token: token)
            let dashboard = try await http.api(
                "GET", simulator.apiBaseURL.adding("/metrics/meetings?type=live&from=2020-01-01&to=2099-12-31"),
                token: token)
            let details = try await http.api(
                "GET", simulator.apiBaseURL.adding("/meetings/\(instant.id)"), token: token)

            XCTAssertEqual(hostList.status, 200)
            XCTAssertFalse(ids(hostList).contains(instant.id), "Zoom's user list only supports scheduled meetings")
            XCTAssertTrue(ids(dashboard).contains(instant.id))
            XCTAssertEqual(details.status, 200)
            XCTAssertEqual(details.json["status"] as? String, "started")
            XCTAssertEqual(details.json["type"] as? Int, 1)
            XCTAssertEqual(details.json["uuid"] as? String, instant.uuid)
        }
    }

    func testScheduledMeetingThatHasNotStartedIsWaitingAndNotLive() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let notStarted = await simulator.upcomingMeetings()
            let upcoming = try XCTUnwrap(notStarted.first)

            let details = try await http.api(
                "GET", simulator.apiBaseURL.adding("/meetings/\(upcoming.id)"), token: token)
            let scheduled = try await http.api(
                "GET", simulator.apiBaseURL.adding("/users/\(upcoming.hostID)/meetings?type=scheduled"), token: token)
            let live = try await http.api(
                "GET", simulator.apiBaseURL.adding("/users/\(upcoming.hostID)/meetings?type=live"), token: token)
            let participants = try await http.api(
                "GET", simulator.apiBaseURL.adding("/metrics/meetings/\(upcoming.id)/participants?type=live"),
                token: token)

            XCTAssertEqual(details.json["status"] as? String, "waiting")
            XCTAssertEqual(details.json["id"] as? Int, Int(upcoming.id))
            XCTAssertTrue(ids(scheduled).contains(upcoming.id))
            XCTAssertFalse(ids(live).contains(upcoming.id))
            XCTAssertEqual(participants.status, 404)
            XCTAssertEqual(participants.json["code"] as? Int, 3001)
        }
    }

    func testMeetingDetailsOfAnUnknownMeetingIs3001() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let answer = try await http.api("GET", simulator.apiBaseURL.adding("/meetings/12345678901"), token: token)
            XCTAssertEqual(answer.status, 404)
            XCTAssertEqual(answer.json["code"] as? Int, 3001)
        }
    }

    func testMeetingDetailsByDoubleEncodedUUIDGiveTheNumericID() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first { $0.uuid.hasPrefix("/") && $0.uuid.contains("//") })
            let twice = PercentEncoding.encode(PercentEncoding.encode(meeting.uuid))

            let answer = try await http.api("GET", simulator.apiBaseURL.adding("/meetings/\(twice)"), token: token)

            XCTAssertEqual(answer.json["id"] as? Int, Int(meeting.id))
        }
    }

    func testSIPDialingAnswersTheAddressToDialWithItsValidity() async throws {
        try await ZoomSimulator.withRunning { simulator in
            var app = SimulatedApp.userLevel
            app.scopes = ["meeting:write:sip_dialing"]
            let token = await simulator.issueToken(for: app)
            let meetings = await simulator.liveMeetings()
            let hosted = try XCTUnwrap(meetings.first { $0.hostID == app.userID })
            let url = simulator.apiBaseURL.adding("/meetings/\(hosted.id)/sip_dialing")

            let plain = try await http.api("POST", url, token: token)
            let withPasscode = try await http.api("POST", url, token: token, json: #"{"passcode":"4711"}"#)
            let badPasscode = try await http.api("POST", url, token: token, json: #"{"passcode":"not a passcode!"}"#)
            let userToken = await simulator.issueToken(for: .userLevel)
            let withoutScope = try await http.api("POST", url, token: userToken)

            XCTAssertEqual(plain.status, 200)
            let address = try XCTUnwrap(plain.json["sip_dialing"] as? String)
            XCTAssertTrue(address.hasPrefix("\(hosted.id).") && address.hasSuffix("@zoomcrc.com"), address)
            XCTAssertEqual(plain.json["expire_in"] as? Int, 7200)
            XCTAssertNotNil(plain.json["paid_crc_plan_participant"] as? Bool)
            XCTAssertNotNil(plain.json["participant_identifier_code"] as? String)
            XCTAssertEqual(withPasscode.status, 200)
            XCTAssertEqual(badPasscode.status, 400)
            XCTAssertEqual(badPasscode.json["code"] as? Int, 300)
            XCTAssertEqual(withoutScope.json["code"] as? Int, 4711, "granular sip_dialing scopes only")
        }
    }

    func testDashboardTakesItsThreeTypesAndBothDateFormats() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            func status(_ query: String) async throws -> Int {
                try await http.api("GET", simulator.apiBaseURL.adding("/metrics/meetings?\(query)"), token: token)
                    .status
            }

            for type in ["live", "past", "pastOne"] {
                let answer = try await status("type=\(type)&from=2026-01-01&to=2026-01-07")
                XCTAssertEqual(answer, 200, type)
            }
            let pastJoinable = try await status("type=pastJoinable&from=2026-01-01&to=2026-01-07")
            let withTimes = try await status("type=live&from=2026-01-01%2000:00:00&to=2026-01-07%2012:30:00")
            let slashes = try await status("type=live&from=2026/01/01&to=2026/01/07")
            XCTAssertEqual(pastJoinable, 400)
            XCTAssertEqual(withTimes, 200, "yyyy-MM-dd HH:mm:ss is accepted too")
            XCTAssertEqual(slashes, 400)
        }
    }

    private func ids(_ answer: LoopbackHTTP.Answer) -> [Int64] {
        (answer.json["meetings"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? Int).map(Int64.init) }
    }
}
