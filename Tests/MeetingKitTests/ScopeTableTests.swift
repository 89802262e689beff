import Foundation
import MeetingKit
import XCTest

/// The one scope table (docs/zoom-api.md, "Endpoints and their scopes"): which scopes each feature accepts in
/// both of Zoom's vocabularies, the advice built from it word for word, and the README's copy of it.
final class ScopeTableTests: XCTestCase {
    private func allowed(by scopes: Set<String>) -> Set<Capability> {
        Set(Capability.allCases.filter { $0.isAllowed(by: .known(scopes)) == true })
    }

    // MARK: - What each scope allows

    func testTheDashboardListScopeDoesNotReadParticipants() {
        let allowed = allowed(by: ["dashboard:read:list_meetings:admin"])
        XCTAssertTrue(allowed.contains(.listAccountMeetings))
        XCTAssertFalse(allowed.contains(.readParticipants))
        XCTAssertFalse(allowed.contains(.verifyCallout), "a list-only app cannot see whether a call-out joined")
    }

    func testTheGranularParticipantsScopeReadsParticipantsButNotTheList() {
        XCTAssertEqual(
            allowed(by: ["dashboard:read:list_meeting_participants:admin"]), [.readParticipants, .verifyCallout])
    }

    func testBothClassicDashboardScopesOpenBothDashboardEndpoints() {
        for scope in ["dashboard_meetings:read:admin", "dashboard:read:admin"] {
            XCTAssertEqual(allowed(by: [scope]), [.listAccountMeetings, .readParticipants, .verifyCallout], scope)
        }
    }

    func testUserLevelControlScopesAllowPhoneCalloutsAndRecordingButNotRoomSystems() {
        XCTAssertEqual(allowed(by: ["meeting:update:in_meeting_controls"]), [.phoneCallout, .recording])
        XCTAssertEqual(allowed(by: ["meeting:write"]), [.phoneCallout, .recording, .endMeeting])
    }

    func testEveryAdminLevelControlScopeAllowsRoomSystemCallouts() {
        for scope in ["meeting:update:in_meeting_controls:admin", "meeting:write:admin", "meeting:master"] {
            XCTAssertTrue(allowed(by: [scope]).contains(.roomSystemCallout), scope)
        }
    }

    func testEndingAMeetingAcceptsTheStatusScopes() {
        XCTAssertEqual(allowed(by: ["meeting:update:status"]), [.endMeeting])
        XCTAssertEqual(allowed(by: ["meeting:update:status:admin"]), [.endMeeting])
        XCTAssertFalse(
            allowed(by: ["meeting:master"]).contains(.endMeeting),
            "meeting:master is not documented for PUT /meetings/{id}/status")
    }

    func testEveryCapabilityNamesItsEndpoint() {
        let endpoints = Dictionary(uniqueKeysWithValues: Capability.allCases.map { ($0, $0.requirement.endpoint) })
        XCTAssertEqual(
            endpoints,
            [
                .listMeetings: .userMeetings, .readMeeting: .meeting, .listAccountMeetings: .dashboardMeetings,
                .readParticipants: .dashboardParticipants, .roomSystemCallout: .meetingEvents,
                .verifyCallout: .dashboardParticipants,
                .phoneCallout: .meetingEvents, .recording: .meetingEvents, .endMeeting: .meetingStatus,
                .sipDialing: .sipDialing,
                .readUser: .user, .listRoomSystems: .h323Devices,
            ])
    }

    func testOnlyAdminLevelFeaturesNeedAnAccountLevelApp() {
        XCTAssertEqual(
            Set(Capability.allCases.filter(\.needsAccountLevelApp)),
            [.listAccountMeetings, .readParticipants, .roomSystemCallout, .verifyCallout, .listRoomSystems])
    }

    // MARK: - Advice, word for word

    func testRoomSystemAdviceForAUserOAuthApp() {
        let scopes = GrantedScopes.known(["meeting:read", "meeting:write", "user:read"])
        XCTAssertEqual(
            ScopeAdvice.problem(for: .roomSystemCallout, scopes: scopes, source: .userOAuth),
            "room-system call-outs (SIP/H.323) needs meeting:update:in_meeting_controls:admin (for older apps: "
                + "meeting:write:admin or meeting:master), which this token does not have. Only an account-level app "
                + "(Server-to-Server, or an OAuth app an admin manages) can hold it; a user-managed app cannot.")
        XCTAssertEqual(
            ScopeAdvice.fix(for: .roomSystemCallout, source: .userOAuth),
            "Add the scope meeting:update:in_meeting_controls:admin (for older apps: meeting:write:admin or meeting:master) "
                + "to an account-level app (Server-to-Server, or an OAuth app an admin manages) in the Zoom App Marketplace, "
                + "then sign in with it: for Server-to-Server, export ZOOM_ACCOUNT_ID and ZOOM_CLIENT_ID, put the secret in "
                + "ZOOM_CLIENT_SECRET or the config file, and run `meeting-tui login --s2s`; for an admin-managed OAuth app, "
                + "run `meeting-tui login --client-id <its client ID>`.")
    }

    func testParticipantsAdviceForAServerToServerAppWithTheListScopeOnly() {
        let scopes = GrantedScopes.known([
            "dashboard:read:list_meetings:admin", "meeting:update:in_meeting_controls:admin",
        ])
        XCTAssertEqual(
            ScopeAdvice.problem(for: .verifyCallout, scopes: scopes, source: .serverToServer),
            "verify that a call-out joined needs dashboard:read:list_meeting_participants:admin (for older apps: "
                + "dashboard_meetings:read:admin or dashboard:read:admin), which this token does not have.")
        XCTAssertEqual(
            ScopeAdvice.fix(for: .verifyCallout, source: .serverToServer),
            "Add the scope dashboard:read:list_meeting_participants:admin (for older apps: dashboard_meetings:read:admin "
                + "or dashboard:read:admin) to the app in the Zoom App Marketplace (Scopes tab), save, then run "
                + "`meeting-tui logout` so that the next token carries the scope.")
    }

    func testPhoneCalloutAdviceNamesTheUserLevelScopesToo() {
        XCTAssertEqual(
            ScopeAdvice.problem(for: .phoneCallout, scopes: .known(["meeting:read"]), source: .userOAuth),
            "phone call-outs needs meeting:update:in_meeting_controls or meeting:update:in_meeting_controls:admin "
                + "(for older apps: meeting:write, meeting:write:admin or meeting:master), which this token does not have."
        )
        XCTAssertEqual(
            ScopeAdvice.fix(for: .phoneCallout, source: .userOAuth),
            "Add the scope meeting:update:in_meeting_controls or meeting:update:in_meeting_controls:admin (for older apps: "
                + "meeting:write, meeting:write:admin or meeting:master) to the app in the Zoom App Marketplace (Scopes tab), "
                + "save, then get a new token (`meeting-tui login` again) so that it carries the scope.")
    }

    func testAnEndpointWithoutClassicScopesNamesOnlyGranularOnes() {
        XCTAssertEqual(
            ScopeAdvice.missing(Capability.sipDialing.requirement),
            "missing meeting:write:sip_dialing or meeting:write:admin:sip_dialing")
    }

    func testUnknownScopesWarningNamesTheAdminLevelScopes() {
        XCTAssertEqual(
            ScopeAdvice.unknownScopes,
            "the token's scopes are unknown (pasted token): if it lacks meeting:update:in_meeting_controls:admin "
                + "(for older apps: meeting:write:admin or meeting:master), Zoom accepts the call-out and silently drops it"
        )
        XCTAssertNil(ScopeAdvice.problem(for: .roomSystemCallout, scopes: .unknown, source: .pastedToken))
    }

    // MARK: - The README's copy

    func testTheREADMEScopeTableIsThisTable() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"),
            encoding: .utf8)
        let quoted = { (scopes: [String]) in scopes.isEmpty ? "—" : scopes.map { "`\($0)`" }.joined(separator: ", ") }
        let rows =
            [
                "| feature | endpoint | granular scopes (any one) | classic scopes, older apps (any one) |",
                "|---|---|---|---|",
            ]
            + Capability.allCases.map { capability in
                let requirement = capability.requirement
                return
                    "| \(capability.title) | `\(requirement.endpoint.rawValue)` | \(quoted(requirement.granular)) | \(quoted(requirement.classic)) |"
            }
        XCTAssertTrue(
            readme.contains(rows.joined(separator: "\n")),
            "README.md's scope table should read:\n" + rows.joined(separator: "\n"))
    }
}
