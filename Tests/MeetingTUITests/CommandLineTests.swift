import Foundation
import MeetingConsole
import MeetingKit
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// The `meeting-tui` subcommands as scripts use them: exit statuses, JSON, and what reaches Zoom.
final class CommandLineTests: XCTestCase {
    private func firstMeeting(_ harness: CommandLineHarness) async throws -> SimulatedMeeting {
        let meetings = await harness.simulator.liveMeetings()
        return try XCTUnwrap(meetings.first, "the simulator has no live meeting")
    }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    func testAccountLevelSIPAndH323CalloutsJoinWithExitZeroAndOneRequestEach() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await firstMeeting(harness)

        let sip = try harness.run([
            "invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--name", "Boardroom", "--json",
        ])
        XCTAssertEqual(sip.status, 0, sip.stderr)
        let document = try json(sip.stdout)
        XCTAssertEqual(document["status"] as? String, "joined")
        XCTAssertEqual(document["call_type"] as? String, "sip")
        XCTAssertEqual(document["address"] as? String, "sip:boardroom@rooms.example.com")
        XCTAssertNotNil(document["elapsed_ms"] as? Int)
        XCTAssertEqual((document["participant"] as? [String: Any])?["name"] as? String, "Boardroom")
        var events = await harness.eventRequests()
        XCTAssertEqual(events.count, 1)

        let h323 = try harness.run(["invite", String(meeting.id), "--h323", "10.20.30.40", "--name", "Lab"])
        XCTAssertEqual(h323.status, 0, h323.stderr)
        XCTAssertTrue(h323.stdout.hasPrefix("joined ✓"), h323.stdout)
        events = await harness.eventRequests()
        XCTAssertEqual(events.count, 2)
        XCTAssertEqual(try harness.auditLines().count, 2)
    }

    func testOriginThreadUserLevelAppIsRefusedBeforeSending() async throws {
        let harness = try await CommandLineHarness.start(app: nil, for: self)
        let meeting = try await firstMeeting(harness)
        try await signInWithDeviceGrant(harness)

        let invite = try harness.run(["invite", String(meeting.id), "--sip", "boardroom@rooms.example.com"])
        XCTAssertEqual(invite.status, 77, invite.stdout + invite.stderr)
        XCTAssertTrue(invite.stdout.contains("meeting:write:admin"), invite.stdout)
        XCTAssertTrue(invite.stdout.contains("Server-to-Server"), invite.stdout)
        XCTAssertTrue(
            invite.stdout.contains(
                "To get the room in today without a call-out, let it dial in: `meeting-tui dialin \(meeting.id)`"),
            "the refusal offers dial-in: \(invite.stdout)")
        let events = await harness.eventRequests()
        XCTAssertTrue(events.isEmpty, "a refused preflight sends nothing")

        let dialIn = try harness.run(["dialin", String(meeting.id)])
        XCTAssertEqual(dialIn.status, 77, dialIn.stdout + dialIn.stderr)
        XCTAssertTrue(
            dialIn.stderr.hasPrefix(
                "meeting-tui: nothing was asked: SIP address for a room to dial in needs meeting:write:sip_dialing"),
            dialIn.stderr)
        let posts = await harness.simulator.requestLog().filter {
            $0.method == "POST" && $0.path.hasSuffix("/sip_dialing")
        }
        XCTAssertTrue(posts.isEmpty, "a refused preflight asks nothing")

        let doctor = try harness.run(["doctor"])
        XCTAssertEqual(doctor.status, 77, doctor.stdout + doctor.stderr)
        XCTAssertTrue(doctor.stdout.contains("✗ room-system call-outs"), doctor.stdout)
        XCTAssertTrue(doctor.stdout.contains("user OAuth (user-managed or admin-managed app)"), doctor.stdout)
    }

    func testDoctorSaysWhichLocaleTheConsoleUsesAndWhy() async throws {
        var harness = try await CommandLineHarness.start(for: self)
        harness.environment["LANG"] = "xx_XX.UTF-8"
        let doctor = try harness.run(["doctor"])
        XCTAssertEqual(doctor.status, 0, doctor.stdout + doctor.stderr)
        let lines = doctor.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(
            lines.contains(
                "locale:       xx_XX.UTF-8 (from LANG) is not installed here; using C.UTF-8 for the console"),
            doctor.stdout)
        let locale = try XCTUnwrap(try json(try harness.run(["doctor", "--json"]).stdout)["locale"] as? [String: Any])
        XCTAssertEqual(locale["variable"] as? String, "LANG")
        XCTAssertEqual(locale["requested"] as? String, "xx_XX.UTF-8")
        XCTAssertEqual(locale["using"] as? String, "C.UTF-8")
        XCTAssertEqual(locale["unicode"] as? Bool, true)

        harness.environment["LANG"] = "C.UTF-8"
        XCTAssertTrue(try harness.run(["doctor"]).stdout.contains("\nlocale:       C.UTF-8 (from LANG), UTF-8\n"))
        harness.environment["LC_ALL"] = "en_GB.ISO-8859-1"
        XCTAssertTrue(
            try harness.run(["doctor"]).stdout.contains(
                "\nlocale:       en_GB.ISO-8859-1 (from LC_ALL) is ISO-8859-1, not UTF-8; the console draws in ASCII\n")
        )
    }

    func testDoctorExplainsTheAccountLevelApp() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let doctor = try harness.run(["doctor", "--json"])
        XCTAssertEqual(doctor.status, 0, doctor.stderr)
        let document = try json(doctor.stdout)
        XCTAssertEqual(document["source"] as? String, "server-to-server")
        XCTAssertEqual(document["callouts_can_work"] as? Bool, true)
        let features = try XCTUnwrap(document["features"] as? [[String: Any]])
        XCTAssertTrue(features.allSatisfy { $0["works"] as? Bool == true }, "\(features)")
    }

    func testDoctorNamesTheParticipantsScopeAListOnlyDashboardAppLacks() async throws {
        let harness = try await CommandLineHarness.start(app: .dashboardListOnly, for: self)
        let doctor = try harness.run(["doctor"])
        XCTAssertEqual(doctor.status, 0, "call-outs can be sent, only not verified: " + doctor.stdout + doctor.stderr)
        let lines = doctor.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let missing =
            " missing dashboard:read:list_meeting_participants:admin (for older apps: dashboard_meetings:read:admin or dashboard:read:admin)"
        let fix =
            "    fix: Add the scope dashboard:read:list_meeting_participants:admin (for older apps: dashboard_meetings:read:admin "
            + "or dashboard:read:admin) to the app in the Zoom App Marketplace (Scopes tab), save, then run `meeting-tui logout` "
            + "so that the next token carries the scope."
        for title in ["see live participants", "verify that a call-out joined"] {
            let line = try XCTUnwrap(
                lines.firstIndex(of: "✗ " + title.padding(toLength: 38, withPad: " ", startingAt: 0) + missing),
                doctor.stdout)
            XCTAssertEqual(lines[line + 1], fix)
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("✓ list the account's live meetings") }, doctor.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("✓ room-system call-outs (SIP/H.323)") }, doctor.stdout)

        let document = try json(try harness.run(["doctor", "--json"]).stdout)
        let features = try XCTUnwrap(document["features"] as? [[String: Any]])
        let verify = try XCTUnwrap(features.first { $0["feature"] as? String == "verify" })
        XCTAssertEqual(verify["works"] as? Bool, false)
        let lacking = try XCTUnwrap(verify["missing"] as? [String: Any])
        XCTAssertEqual(lacking["endpoint"] as? String, "GET /metrics/meetings/{meetingId}/participants")
        XCTAssertEqual(lacking["granular"] as? [String], ["dashboard:read:list_meeting_participants:admin"])
        XCTAssertEqual(lacking["classic"] as? [String], ["dashboard_meetings:read:admin", "dashboard:read:admin"])

        let meeting = try await firstMeeting(harness)
        let invite = try harness.run(["invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--json"])
        XCTAssertEqual(invite.status, 75, invite.stdout + invite.stderr)
        XCTAssertEqual(try json(invite.stdout)["status"] as? String, "unconfirmed")
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.map(\.disposition), [.accepted])
    }

    func testDoctorProbesAPastedTokenEndpointByEndpoint() async throws {
        var harness = try await CommandLineHarness.start(app: nil, for: self)
        func probed(_ app: SimulatedApp) async throws -> [String: Bool?] {
            harness.environment["ZOOM_ACCESS_TOKEN"] = await harness.simulator.issueToken(for: app)
            let doctor = try harness.run(["doctor", "--json"])
            XCTAssertEqual(doctor.status, 0, doctor.stdout + doctor.stderr)
            let features = try XCTUnwrap(try json(doctor.stdout)["features"] as? [[String: Any]])
            return Dictionary(
                uniqueKeysWithValues: features.compactMap { feature in
                    (feature["feature"] as? String).map { ($0, feature["works"] as? Bool) }
                })
        }

        let listOnly = try await probed(.dashboardListOnly)
        XCTAssertEqual(listOnly["account_meetings"], true)
        XCTAssertEqual(listOnly["list_meetings"], true)
        XCTAssertEqual(listOnly["read_user"], true)
        XCTAssertEqual(listOnly["participants"], false)
        XCTAssertEqual(listOnly["verify"], false)
        XCTAssertEqual(listOnly["callout"], .some(nil), "a pasted token's call-out scope cannot be probed harmlessly")

        // No Dashboard at all: the participants are probed on a meeting of the user's own list.
        let userLevel = try await probed(.userLevel)
        XCTAssertEqual(userLevel["account_meetings"], false)
        XCTAssertEqual(userLevel["list_meetings"], true)
        XCTAssertEqual(userLevel["participants"], false)
    }

    func testPastedTokenWithoutDashboardAccessIsUnconfirmed() async throws {
        var harness = try await CommandLineHarness.start(app: nil, for: self)
        let meeting = try await firstMeeting(harness)
        harness.environment["ZOOM_ACCESS_TOKEN"] = await harness.simulator.issueToken(
            for: .accountLevel, scopes: ["meeting:write:admin", "meeting:read:admin"])

        let invite = try harness.run(["invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--json"])
        XCTAssertEqual(invite.status, 75, invite.stderr)
        let document = try json(invite.stdout)
        XCTAssertEqual(document["status"] as? String, "unconfirmed")
        XCTAssertTrue((document["warnings"] as? [String])?.contains { $0.contains("scopes are unknown") } == true)
    }

    func testUnreachableRoomIsNotJoined() async throws {
        let harness = try await CommandLineHarness.start(for: self) {
            $0.unreachableAddresses = ["sip:annex@rooms.example.com"]
        }
        let meeting = try await firstMeeting(harness)
        let invite = try harness.run([
            "invite", String(meeting.id), "--sip", "annex@rooms.example.com", "--timeout", "1",
        ])
        XCTAssertEqual(invite.status, 75)
        XCTAssertTrue(invite.stdout.hasPrefix("not joined ✗"), invite.stdout)
        XCTAssertTrue(try harness.auditLines().last?.contains(#""outcome":"not_joined""#) == true)
    }

    func testRateLimitBeforeTheCalloutIsWaitedOutAndSentOnceMore() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await firstMeeting(harness)
        await harness.simulator.forceRateLimit(next: 1, retryAfter: "1", method: "PATCH")
        let invite = try harness.run([
            "invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--no-verify",
        ])
        XCTAssertEqual(invite.status, 0, invite.stdout + invite.stderr)
        let events = await harness.eventRequests()
        XCTAssertEqual(events.map(\.status), [429, 202])
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
    }

    func testBadAddressesAndMeetingIDsExit65WithNothingSent() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await firstMeeting(harness)
        let cases: [[String]] = [
            ["invite", "12345", "--sip", "room@example.com"],
            ["invite", "857-4606-54x2", "--sip", "room@example.com"],
            ["invite", String(meeting.id), "--sip", "sip:room@exa mple.com"],
            ["invite", String(meeting.id), "--sip", "tel:+14155550100"],
            ["invite", String(meeting.id), "--h323", "10.0.0.256"],
            ["invite", String(meeting.id), "--sip", "room@example.com", "--header", "Ticket=1"],
            ["call", String(meeting.id), "--phone", "555-0100"],
        ]
        for arguments in cases {
            let run = try harness.run(arguments)
            XCTAssertEqual(run.status, 65, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasPrefix("meeting-tui: invalid"), "\(arguments): \(run.stderr)")
        }
        let requests = await harness.simulator.requestLog()
        XCTAssertTrue(requests.isEmpty, "nothing may reach Zoom: \(requests.map(\.path))")
    }

    func testUsageErrorsExit64() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        XCTAssertEqual(try harness.run(["invite", "85746065432"]).status, 64)
        XCTAssertEqual(
            try harness.run(["invite", "85746065432", "--sip", "a@b.example", "--h323", "10.0.0.1", "--name", "Both"])
                .status, 64,
            "--name names one room")
        XCTAssertEqual(try harness.run(["end", "85746065432"]).status, 64, "end needs --yes when not on a terminal")
    }

    func testMissingCredentialsExit78WithTheChoices() async throws {
        let harness = try await CommandLineHarness.start(app: nil, for: self)
        let run = try harness.run(["meetings"])
        XCTAssertEqual(run.status, 78)
        XCTAssertTrue(run.stderr.contains("meeting-tui login --device"), run.stderr)
    }

    func testMeetingsParticipantsAndControls() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let meeting = try await firstMeeting(harness)

        let meetings = try harness.run(["meetings", "--json"])
        XCTAssertEqual(meetings.status, 0, meetings.stderr)
        let listed = try XCTUnwrap(try json(meetings.stdout)["meetings"] as? [[String: Any]])
        XCTAssertEqual(listed.count, 4)

        let participants = try harness.run(["participants", MeetingIDFormat.dashed(meeting.id)])
        XCTAssertEqual(participants.status, 0, participants.stderr)
        XCTAssertTrue(participants.stdout.contains("in the meeting"), participants.stdout)
        // The name column is 32 terminal cells on every row, wide (CJK, emoji) names included.
        let rows = participants.stdout.split(separator: "\n").dropFirst()
        XCTAssertTrue(
            rows.contains { DisplayWidth.of(String($0)) != $0.count },
            "the simulator's names should include wide characters")
        for row in rows {
            let status = try XCTUnwrap(row.range(of: " in meeting ") ?? row.range(of: " waiting room "), String(row))
            XCTAssertEqual(DisplayWidth.of(String(row[..<status.lowerBound])), 32, "misaligned: \(row)")
        }

        XCTAssertEqual(try harness.run(["record", String(meeting.id), "start"]).status, 0)
        XCTAssertEqual(
            try harness.run(["call", String(meeting.id), "--phone", "+1 415 555 0100", "--name", "Dial-in"]).status, 0)
        let end = try harness.run(["end", String(meeting.id), "--yes"])
        XCTAssertEqual(end.status, 0, end.stdout)
        let remaining = await harness.simulator.liveMeetings()
        XCTAssertFalse(remaining.contains { $0.id == meeting.id })
        let audit = try harness.auditLines()
        XCTAssertEqual(audit.count, 3)
        XCTAssertTrue(audit.allSatisfy { $0.contains(#""outcome":"done""#) })
    }

    func testPastedTokenLoginReadsStandardInputAndRejectsGarbage() async throws {
        let harness = try await CommandLineHarness.start(app: nil, for: self)
        let garbage = try harness.run(["login", "--token"], input: "not a token at all\n")
        XCTAssertEqual(garbage.status, 65)
        let token = await harness.simulator.issueToken(for: .accountLevel)
        let login = try harness.run(["login", "--token"], input: token + "\n")
        XCTAssertEqual(login.status, 0, login.stderr)
        XCTAssertFalse(login.stdout.contains(token) || login.stderr.contains(token), "the token must never be printed")
        let stored = harness.home.appendingPathComponent("config/meeting-tui/tokens.json")
        let permissions = try FileManager.default.attributesOfItem(atPath: stored.path)[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o600)
        XCTAssertEqual(try harness.run(["meetings"]).status, 0)
        XCTAssertEqual(try harness.run(["logout"]).status, 0)
        XCTAssertEqual(try harness.run(["meetings"]).status, 78)
    }

    func testLogoutRevokesTheTokensAtZoomThenDeletesThem() async throws {
        var harness = try await CommandLineHarness.start(app: nil, for: self)
        try await signInWithDeviceGrant(harness)
        let store = TokenStore(directory: ConfigDirectory(environment: harness.environment))
        let login = try XCTUnwrap(try store.load().login)
        let refreshToken = try XCTUnwrap(login.refreshToken)

        let logout = try harness.run(["logout"])
        XCTAssertEqual(logout.status, 0, logout.stderr)
        XCTAssertEqual(
            logout.stdout,
            "user OAuth (user-managed or admin-managed app): revoked at Zoom\nsigned out: deleted \(store.file.path)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.file.path))
        let revocations = await harness.simulator.requestLog().filter { $0.path == "/oauth/revoke" }
        XCTAssertEqual(revocations.map(\.status), [200, 200], "the refresh token, then the access token")

        // Zoom refuses both tokens now: a copy taken before logout is worth nothing.
        harness.environment["ZOOM_ACCESS_TOKEN"] = login.accessToken.exposedValue
        let meetings = try harness.run(["meetings"])
        XCTAssertEqual(meetings.status, 78, meetings.stderr)
        let refused = await harness.simulator.requestLog().filter { $0.path.hasPrefix("/v2/") }
        XCTAssertFalse(refused.isEmpty)
        XCTAssertTrue(
            refused.allSatisfy { $0.status == 401 }, "the revoked token must be refused: \(refused.map(\.status))")
        let oauth = OAuthClient(baseURL: harness.simulator.oauthBaseURL, transport: CurlTransport())
        do {
            _ = try await oauth.refresh(
                refreshToken,
                client: OAuthClientCredentials(clientID: SimulatedApp.userLevel.clientID, clientSecret: nil))
            XCTFail("a revoked refresh token must be refused")
        } catch {
            XCTAssertTrue(error.isInvalidGrant, "\(error)")
        }
    }

    func testLogoutDeletesTheTokensEvenWhenZoomCannotBeReached() async throws {
        let harness = try await CommandLineHarness.start(app: nil, for: self)
        try await signInWithDeviceGrant(harness)
        await harness.simulator.shutdown()
        let logout = try harness.run(["logout"])
        XCTAssertEqual(logout.status, 69, logout.stdout + logout.stderr)
        XCTAssertTrue(
            logout.stdout.hasPrefix(
                "user OAuth (user-managed or admin-managed app): could not be revoked: could not reach Zoom's OAuth server"
            ),
            logout.stdout)
        XCTAssertTrue(logout.stdout.contains("; it stays valid until it expires\nsigned out: deleted "), logout.stdout)
        XCTAssertFalse(
            FileManager.default.fileExists(
                atPath: TokenStore(directory: ConfigDirectory(environment: harness.environment)).file.path))
    }

    /// Signs in with the user-level app through `login --device`, approving the code as the user would.
    private func signInWithDeviceGrant(_ harness: CommandLineHarness) async throws {
        var environment = harness.environment
        environment["ZOOM_CLIENT_ID"] = SimulatedApp.userLevel.clientID
        let login = try ChildProcess(
            CommandLineHarness.binary, ["login", "--device", "--timeout", "30"], environment: environment,
            outputIn: harness.home)
        let text = try XCTUnwrap(login.output(containing: "enter the code"), "no code was shown")
        let code = try XCTUnwrap(
            text.components(separatedBy: "enter the code ").last?.split(separator: "\n").first, text)
        await harness.simulator.approveDeviceCode(userCode: String(code))
        let exit = try await login.ended()
        XCTAssertEqual(exit.status, 0, "device login failed: \(exit.stdout)\(exit.stderr)")
    }
}

/// Meeting IDs as operators type them.
enum MeetingIDFormat {
    static func dashed(_ id: Int64) -> String {
        let digits = String(id)
        return digits.prefix(3) + "-" + digits.dropFirst(3).prefix(4) + "-" + digits.dropFirst(7)
    }
}
