import Foundation
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Scopes per endpoint in both of Zoom's vocabularies, as docs/zoom-api.md's scope
/// table has them: each accepted scope alone opens its endpoint, a neighbour's scope gets 4711.
final class ScopeTests: XCTestCase {
    private let http = LoopbackHTTP()

    private var configuration: SimulatorConfiguration {
        var configuration = SimulatorConfiguration()
        configuration.rateLimitsEnabled = false
        configuration.ringSeconds = 0.2
        return configuration
    }

    private var today: String {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd"
        return format.string(from: Date())
    }

    /// The status and Zoom code of one request made by `app` with a token holding only `scope`.
    private func answer(
        _ simulator: ZoomSimulator, _ method: String, _ path: String, scope: String,
        app: SimulatedApp = .accountLevel, json: String? = nil
    ) async throws -> (status: Int, code: Int?) {
        let token = await simulator.issueToken(for: app, scopes: [scope])
        let answer = try await http.api(method, simulator.apiBaseURL.adding(path), token: token, json: json)
        return (answer.status, answer.json["code"] as? Int)
    }

    private func assertScopes(
        _ simulator: ZoomSimulator, _ method: String, _ path: String,
        accept accepted: [String], refuse refused: [String], file: StaticString = #filePath, line: UInt = #line
    ) async throws {
        for scope in accepted {
            let (status, code) = try await answer(simulator, method, path, scope: scope)
            XCTAssertTrue(
                (200..<300).contains(status), "\(method) \(path) with \(scope): \(status) code \(code ?? 0)",
                file: file, line: line)
        }
        for scope in refused {
            let (status, code) = try await answer(simulator, method, path, scope: scope)
            XCTAssertEqual(status, 400, "\(method) \(path) with \(scope)", file: file, line: line)
            XCTAssertEqual(code, 4711, "\(method) \(path) with \(scope)", file: file, line: line)
        }
    }

    func testTheDashboardListAndParticipantsTakeDifferentGranularScopes() async throws {
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first)
            try await assertScopes(
                simulator, "GET", "/metrics/meetings?type=live&from=\(today)&to=\(today)",
                accept: [
                    "dashboard:read:list_meetings:admin", "dashboard_meetings:read:admin", "dashboard:read:admin",
                ],
                refuse: ["dashboard:read:list_meeting_participants:admin", "meeting:read:admin"])
            try await assertScopes(
                simulator, "GET", "/metrics/meetings/\(meeting.id)/participants?type=live",
                accept: [
                    "dashboard:read:list_meeting_participants:admin", "dashboard_meetings:read:admin",
                    "dashboard:read:admin",
                ],
                refuse: ["dashboard:read:list_meetings:admin"])
        }
    }

    func testUsersAndDevicesTakeTheirScopesInBothVocabularies() async throws {
        try await ZoomSimulator.withRunning(configuration) { simulator in
            try await assertScopes(
                simulator, "GET", "/users/me",
                accept: ["user:read:user", "user:read:user:admin", "user:read", "user:read:admin"],
                refuse: ["meeting:read:admin"])
            try await assertScopes(
                simulator, "GET", "/users/me/meetings?type=live",
                accept: [
                    "meeting:read:list_meetings", "meeting:read:list_meetings:admin", "meeting:read",
                    "meeting:read:admin",
                ],
                refuse: ["meeting:read:meeting:admin"])
            try await assertScopes(
                simulator, "GET", "/h323/devices", accept: ["h323_device:read:list_devices:admin", "h323:read:admin"],
                refuse: ["h323:read", "h323:read:list_devices:admin"])
        }
    }

    func testEndingAMeetingTakesTheStatusScopesButNotMeetingMaster() async throws {
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let meetings = await simulator.liveMeetings()
            let end = #"{"action":"end"}"#
            let master = try await answer(
                simulator, "PUT", "/meetings/\(meetings[0].id)/status", scope: "meeting:master", json: end)
            XCTAssertEqual(master.code, 4711)
            let granular = try await answer(
                simulator, "PUT", "/meetings/\(meetings[0].id)/status", scope: "meeting:update:status:admin", json: end)
            XCTAssertEqual(granular.status, 204)
            let ended = await simulator.liveMeetingIDs()
            XCTAssertFalse(ended.contains(meetings[0].id))
        }
    }

    func testAUserLevelGranularRoomSystemCalloutIsAcceptedAndSilentlyDropped() async throws {
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first { $0.hostID == SimulatedApp.userLevel.userID })
            let callout =
                #"{"method":"participant.invite.room_system_callout","params":{"call_type":"h323","device_ip":"10.20.30.40"}}"#
            let answer = try await answer(
                simulator, "PATCH", "/live_meetings/\(meeting.id)/events", scope: "meeting:update:in_meeting_controls",
                app: .userLevel, json: callout)
            XCTAssertEqual(answer.status, 202)
            let callouts = await simulator.callouts()
            XCTAssertEqual(
                callouts.map(\.disposition),
                [
                    .dropped(
                        reason: "missing an admin-level scope "
                            + "(meeting:update:in_meeting_controls:admin, meeting:write:admin, meeting:master)")
                ])
        }
    }

    func testAGranularAdminRoomSystemCalloutIsPlaced() async throws {
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first)
            let callout =
                #"{"method":"participant.invite.room_system_callout","params":{"call_type":"h323","device_ip":"10.20.30.40"}}"#
            let answer = try await answer(
                simulator, "PATCH", "/live_meetings/\(meeting.id)/events",
                scope: "meeting:update:in_meeting_controls:admin", json: callout)
            XCTAssertEqual(answer.status, 202)
            let callouts = await simulator.callouts()
            XCTAssertEqual(callouts.map(\.disposition), [.accepted])
        }
    }

    func testEveryPresetAppSignsInWithItsScopes() async throws {
        try await ZoomSimulator.withRunning(configuration) { simulator in
            for app in [SimulatedApp.granularAccountLevel, .classicDashboard, .dashboardListOnly] {
                let answer = try await http.oauth(
                    simulator.oauthBaseURL.adding("/oauth/token"), clientID: app.clientID, secret: app.clientSecret,
                    form: ["grant_type": "account_credentials", "account_id": app.accountID])
                XCTAssertEqual(answer.status, 200, app.name)
                XCTAssertEqual(
                    Set((answer.json["scope"] as? String ?? "").split(separator: " ").map(String.init)),
                    Set(app.scopes), app.name)
            }
        }
    }
}
