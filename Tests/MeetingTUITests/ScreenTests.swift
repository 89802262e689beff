import Foundation
import MeetingKit
import XCTest

@testable import MeetingConsole

/// Renders states to text and compares them with what the operator should see.
/// Pinned: 80x24 (unless stated), UTC, 2026-03-02 14:30:00, UTF-8 drawing.
final class ScreenTests: XCTestCase {
    typealias F = ConsoleFixtures

    private func screen(_ state: AppState) -> String {
        Renderer.render(state).text
    }

    private func assertScreen(_ state: AppState, _ expected: String, file: StaticString = #filePath, line: UInt = #line)
    {
        let actual = screen(state)
        XCTAssertEqual(actual, expected, "rendered:\n\(actual)", file: file, line: line)
    }

    // MARK: - Whole screens

    func testEmptyMeetingList() {
        assertScreen(
            F.state(meetings: []),
            """
            meeting-tui │ Olivia Operator │ server-to-server, token until 15:20
            Meetings (0) │ all of the account │ every 30 s
            Topic                        ID            Host                 Start People SIP
            No live meetings right now.













            ── Log ─────────────────────────────────────────────────────────────────────────





            ? Help Enter Open q Quit / Filter : Cmd r Refresh i Invite p Phone R Rec E End
            """)
    }

    func testLongUnicodeList() {
        assertScreen(
            F.state(meetings: Self.unicodeMeetings),
            """
            meeting-tui │ Olivia Operator │ server-to-server, token until 15:20
            Meetings (4) │ all of the account │ every 30 s
            Topic                        ID            Host                 Start People SIP
            会議室の予約確認ミーティン…  100 000 000   山田 太郎            -          3
            Zoë Ångström-Ñúñez 🎉 Quart… 100 000 001   山田 太郎            -          3
            한국어 회의                  100 000 002   山田 太郎            -          3
            👩‍💻 Dev sync                  100 000 003   山田 太郎            -          3










            ── Log ─────────────────────────────────────────────────────────────────────────





            ? Help Enter Open q Quit / Filter : Cmd r Refresh i Invite p Phone R Rec E End
            """)
    }

    func testNarrowTerminal() {
        assertScreen(
            F.state(rows: 14, columns: 60, meetings: Self.unicodeMeetings),
            """
            meeting-tui │ Olivia Operator │ server-to-server, token unt…
            Meetings (4) │ all of the account │ every 30 s
            Topic            ID            Host         Start People SIP
            会議室の予約確…  100 000 000   山田 太郎    -          3
            Zoë Ångström-Ñú… 100 000 001   山田 太郎    -          3
            한국어 회의      100 000 002   山田 太郎    -          3
            👩‍💻 Dev sync      100 000 003   山田 太郎    -          3






            ? Help Enter Open q Quit / Filter : Cmd r Refresh i Invite
            """)
    }

    // MARK: - Invite outcomes

    /// The message line and the log line for each stage and verdict of an invite.
    func testEveryInviteOutcomeLine() {
        let cases: [(InviteStage, String, Role)] = [
            (.sending, "sending…", .normal),
            (.ringing(elapsed: 7), "ringing, waiting to join… 7 s", .normal),
            (
                .finished(InviteVerdict(outcome: .joined, reason: "in the meeting", elapsed: 12.4)),
                "joined ✓ after 12 s (:keep 1)", .success
            ),
            (
                .finished(
                    InviteVerdict(
                        outcome: .waitingRoom, reason: "Boardroom is in the waiting room",
                        nextStep: "admit it in Zoom", elapsed: 9)),
                "in the waiting room: Boardroom is in the waiting room — admit it in Zoom", .warning
            ),
            (
                .finished(
                    InviteVerdict(
                        outcome: .notJoined, reason: "no answer after 60 s",
                        nextStep: "check the room is on and registered", elapsed: 60)),
                "not joined ✗: no answer after 60 s — check the room is on and registered", .error
            ),
            (
                .finished(
                    InviteVerdict(
                        outcome: .unconfirmed, reason: "Zoom accepted it but participants cannot be read",
                        nextStep: "look at the room")),
                "unconfirmed: Zoom accepted it but participants cannot be read — look at the room", .warning
            ),
            (
                .finished(
                    InviteVerdict(
                        outcome: .refused, reason: "missing meeting:write:admin",
                        nextStep: "use Server-to-Server OAuth")),
                "refused ✗: missing meeting:write:admin — use Server-to-Server OAuth", .error
            ),
            (
                .finished(InviteVerdict(outcome: .failed, reason: "Zoom answered 404 (code 3001): meeting not found")),
                "failed ✗: Zoom answered 404 (code 3001): meeting not found", .error
            ),
        ]
        for (stage, expected, role) in cases {
            var state = F.state(columns: 160)
            F.press([.character("1"), .character("y")], in: &state)
            _ = Reducer.reduce(&state, .inviteProgressed(ticket: 1, stage))
            let grid = Renderer.render(state)
            let layout = Layout(size: state.size)
            let line = "boardroom → Weekly sync (857 4606 5432): " + expected
            XCTAssertEqual(grid.line(layout.messageRow), line)
            XCTAssertEqual(grid[layout.messageRow, 0].role, role)
            XCTAssertEqual(grid.line(layout.logRuleRow + 1), "14:30:00 " + line, "the outcome stays in the log pane")
        }
    }

    func testInviteOutcomeInASCII() {
        var state = F.state(columns: 100, unicode: false)
        F.press([.character("2"), .character("y")], in: &state)
        _ = Reducer.reduce(
            &state, .inviteProgressed(ticket: 1, .finished(InviteVerdict(outcome: .joined, reason: "", elapsed: 3))))
        XCTAssertEqual(
            Renderer.render(state).line(Layout(size: state.size).messageRow),
            "lab -> Weekly sync (857 4606 5432): joined [ok] after 3 s (:keep 1)")
    }

    func testLongOutcomeWrapsInTheLogPane() {
        var state = F.state()
        F.press([.character("1"), .character("y")], in: &state)
        let verdict = InviteVerdict(
            outcome: .refused,
            reason: "Nothing was sent: room-system call-outs need meeting:write:admin, which these credentials lack.",
            nextStep: "Sign in with Server-to-Server OAuth.")
        _ = Reducer.reduce(&state, .inviteProgressed(ticket: 1, .finished(verdict)))
        let grid = Renderer.render(state)
        XCTAssertEqual(
            (18...21).map(grid.line),
            [
                "14:30:00 boardroom → Weekly sync (857 4606 5432): refused ✗: Nothing was sent:",
                "         room-system call-outs need meeting:write:admin, which these credentials",
                "         lack. — Sign in with Server-to-Server OAuth.",
                "",
            ])
    }

    // MARK: - Participants

    func testParticipantsStatusesAndCounts() {
        var state = F.participantsState()
        var grid = Renderer.render(state)
        XCTAssertEqual(grid.line(1), "Weekly sync (857 4606 5432) │ 2 in, 1 waiting, 1 left hidden │ every 10 s")
        XCTAssertEqual(grid.line(3), "Alice Example                       in meeting   Mac                      13:26")
        XCTAssertEqual(grid.line(5), "Guest                               WAITING ROOM Windows                  14:29")
        XCTAssertEqual(grid[5, 0].role, .warning, "the waiting room stands out")
        XCTAssertEqual(grid[3, 0].role, .selected)
        XCTAssertEqual(grid.line(6), "", "Dave left and is hidden")
        F.press([.character("l")], in: &state)
        grid = Renderer.render(state)
        XCTAssertEqual(grid.line(6), "Dave                                left         iOS                      13:40")
        XCTAssertEqual(grid[6, 0].role, .dim)
    }

    func testParticipantsWithoutTheDashboardScopeSayWhyAndWhatFixesIt() {
        var state = F.state(scopes: .known(["meeting:read", "meeting:write"]))
        F.press([.enter], in: &state)
        let text = screen(state)
        XCTAssertTrue(
            text.contains(
                "Zoom shows live participants only through its Dashboard API, which needs the\n"
                    + "  scope dashboard:read:list_meeting_participants:admin (for older apps:\n"
                    + "  dashboard_meetings:read:admin or dashboard:read:admin); these credentials do\n"
                    + "  not have it."), text)
        XCTAssertTrue(
            text.contains(
                "Sign in with an account-level app (Server-to-Server, or an OAuth app an admin\n"
                    + "  manages) that has it, on a Business plan or higher."), text)
        XCTAssertTrue(
            text.hasPrefix("meeting-tui │ Olivia Operator │ server-to-server, token until 15:20 ⚠ call-outs"), text)
    }

    // MARK: - Help, bars, modes

    func testHelpListsEveryKeyAndFits80x24() {
        for view in [Screen.meetings, .participants] {
            var state = view == .meetings ? F.state() : F.participantsState()
            F.press([.character("?")], in: &state)
            let grid = Renderer.render(state)
            XCTAssertFalse(grid.text.contains("…"), "nothing cut off:\n\(grid.text)")
            for entry in state.settings.keymap.entries(on: view, readOnly: false) {
                XCTAssertTrue(grid.text.contains(entry.action.summary(on: view)), "\(entry.action) on \(view)")
            }
            XCTAssertTrue(grid.text.contains("1-9        call out a saved room: 1 boardroom, 2 lab"))
            XCTAssertEqual(grid.line(23), "? Help Esc Back q Quit")
        }
    }

    func testHelpShowsReboundKeys() {
        var state = F.state(keys: ["down": "n", "refresh": "F5"])
        F.press([.character("?")], in: &state)
        let text = screen(state)
        XCTAssertTrue(text.contains("\nn          move down"), "the override replaces the default keys: \(text)")
        XCTAssertTrue(text.contains("F5         refresh now"), text)
    }

    func testReadOnlyHidesChangingKeys() {
        var state = F.state(readOnly: true)
        XCTAssertEqual(Renderer.render(state).line(23), "? Help Enter Open q Quit / Filter : Cmd r Refresh")
        XCTAssertTrue(Renderer.render(state).line(0).hasPrefix("meeting-tui [read-only] │ Olivia Operator"))
        F.press([.character("?")], in: &state)
        XCTAssertFalse(screen(state).contains("invite a room system"))
        XCTAssertFalse(screen(state).contains("call out a saved room"))
    }

    func testASCIIDrawingOutsideUTF8() {
        var state = F.participantsState()
        state.settings.unicode = false
        F.press([.character("i")], in: &state)
        let text = screen(state)
        XCTAssertTrue(text.unicodeScalars.allSatisfy(\.isASCII), text)
        XCTAssertTrue(text.contains("+- Invite a room system ---"), text)
        XCTAssertTrue(text.contains("Left/Right SIP/H.323") || text.contains("L/R SIP/H.323"), text)
    }

    func testTooSmallSaysHowLargeItNeedsToBe() {
        let grid = Renderer.render(F.state(rows: 10, columns: 40))
        XCTAssertEqual(grid.line(3), "           Terminal too small")
        XCTAssertEqual(grid.line(4), "         need 60x12, have 40x10")
        XCTAssertEqual(grid.line(5), " enlarge the window, or press q to quit")
    }

    func testQuitQuestionWhileACallOutIsBeingVerified() {
        var state = F.state()
        F.press([.character("1"), .character("y"), .character("q")], in: &state)
        let grid = Renderer.render(state)
        for text in [
            "─ Quit? ─", "│ 1 call-out is still being verified.",
            "│ Quitting stops watching them: the console will not show whether they",
            "│ y, Enter or q: quit    any other key: stay",
        ] {
            XCTAssertTrue(grid.text.contains(text), "\(text) missing:\n\(grid.text)")
        }
        XCTAssertEqual(grid.line(23), "y Quit other Stay")

        _ = Reducer.reduce(&state, .resized(TerminalSize(rows: 10, columns: 40)))
        let small = Renderer.render(state)
        XCTAssertEqual(small.line(5), "  1 call-out is still being verified.")
        XCTAssertEqual(small.line(6), "         press q again to quit")
    }

    func testScopeWarningsInTheStatusBarAndLog() {
        var state = F.state(scopes: .known(["meeting:read", "meeting:write"]))
        _ = Reducer.start(&state)
        let grid = Renderer.render(state)
        XCTAssertEqual(grid.line(0), "meeting-tui │ Olivia Operator │ server-to-server, token until 15:20 ⚠ call-outs…")
        XCTAssertEqual(
            ScopeWarnings.list(for: state.identity.scopes, readOnly: false),
            [
                "call-outs unavailable: missing meeting:update:in_meeting_controls:admin (for older apps: meeting:write:admin or meeting:master)",
                "participants unavailable: missing dashboard:read:list_meeting_participants:admin (for older apps: "
                    + "dashboard_meetings:read:admin or dashboard:read:admin)",
            ])
        XCTAssertTrue(
            grid.text.contains(
                "14:30:00 participants unavailable: missing\n"
                    + "         dashboard:read:list_meeting_participants:admin (for older apps:\n"
                    + "         dashboard_meetings:read:admin or dashboard:read:admin)"), grid.text)
        XCTAssertEqual(
            ScopeWarnings.list(for: .unknown, readOnly: false),
            ["scopes unknown (pasted token): actions may be refused"])
    }

    func testTokenExpiryInTheStatusBar() {
        var state = F.state()
        state.now = F.now.addingTimeInterval(4_000)
        XCTAssertEqual(
            Renderer.render(state).line(0), "meeting-tui │ Olivia Operator │ server-to-server, token renewed as needed")
        state.identity.source = .pastedToken
        XCTAssertTrue(
            Renderer.render(state).line(0).hasPrefix("meeting-tui │ Olivia Operator │ pasted-token, token expired"))
        state.identity.expiresAt = nil
        XCTAssertTrue(
            Renderer.render(state).line(0).hasPrefix("meeting-tui │ Olivia Operator │ pasted-token, expiry unknown"))
    }

    func testFilterAndCommandLinesShowWhatIsTyped() {
        var state = F.state()
        F.press([.character("/")], in: &state)
        F.type("rev", in: &state)
        var grid = Renderer.render(state)
        XCTAssertEqual(grid.line(22), "/rev")
        XCTAssertEqual(grid[22, 4].role, .selected, "the cursor")
        XCTAssertEqual(grid.line(1), "Meetings (1 of 3) │ all of the account │ filter: rev │ every 30 s")
        XCTAssertEqual(grid.line(23), "Enter Keep Esc Clear ↑↓ Move")
        F.press([.enter, .character(":")], in: &state)
        F.type("meeting 857", in: &state)
        grid = Renderer.render(state)
        XCTAssertEqual(grid.line(22), ":meeting 857")
    }

    // MARK: - Forms

    /// The lines of the open box (between its borders, trimmed), to pin what a form shows.
    private func boxLines(_ state: AppState) -> [String] {
        let lines = screen(state).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let top = lines.firstIndex(where: { $0.contains("┌") }),
            let bottom = lines.firstIndex(where: { $0.contains("└") })
        else { return [] }
        return lines[(top + 1)..<bottom].map { line in
            line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "│"))
                .trimmingCharacters(in: .whitespaces)
        }
    }

    func testPhoneFormShowsTheNumberAsDialledAndBothToggles() {
        var state = F.state()
        F.press([.character("p")], in: &state)
        F.type("+1 603 233 1333-156", in: &state)
        F.press([.tab, .tab, .character(" ")], in: &state)
        XCTAssertEqual(
            boxLines(state),
            [
                "into Weekly sync (857 4606 5432)",
                "Name:",
                "Number: +1 603 233 1333-156",
                "✓ +16032331333-156",
                "[x] Zoom greets the callee",
                "> [ ] Callee presses 1 to join (keeps voicemail out)",
            ])
        XCTAssertEqual(Renderer.render(state).line(23), "Tab Next Space Toggle Enter Confirm Esc Cancel")
        F.press([.enter], in: &state)
        XCTAssertEqual(
            boxLines(state),
            [
                "Call +16032331333-156 at +16032331333-156",
                "into Weekly sync (857 4606 5432)?",
                "Press-1 is off: an answering machine would join the meeting.",
                "",
                "y or Enter: call    any other key: cancel",
            ])
    }

    func testInviteFormShowsWhyTheAddressAndNameCannotBeSent() {
        var state = F.state()
        F.press([.character("i")], in: &state)
        F.type("boardroom", in: &state)
        XCTAssertEqual(
            boxLines(state),
            [
                "into Weekly sync (857 4606 5432)",
                "Type:    [SIP]  H.323",
                "> Address: boardroom",
                "\"boardroom\" is a single name, which Zoom's cloud cannot",
                "resolve: give a full domain (room@boardroom.example.com) or",
                "an IP address",
                "did you mean the saved room boardroom? Tab to Saved rooms",
                "Name:",
                "Saved rooms (Tab here, ↑↓, Space marks, Enter):",
                "[ ] 1 boardroom  SIP sip:board@rooms.example.com",
                "[ ] 2 lab  H.323 192.0.2.10",
            ])
        F.type(".example.com", in: &state)
        F.press([.tab], in: &state)
        F.type(String(repeating: "n", count: 65), in: &state)
        XCTAssertEqual(
            boxLines(state)[3...5],
            [
                "✓ sip:boardroom.example.com",
                "> Name:",
                String(repeating: "n", count: 65),
            ])
        XCTAssertEqual(boxLines(state)[6], "the display name \"nnnnnnnnnnnnnnnnnnnn...\" is longer than 64")
    }

    static let unicodeMeetings: [LiveMeeting] = [
        "会議室の予約確認ミーティング（東京・大阪・名古屋）", "Zoe\u{308} Ångström-Ñúñez 🎉 Quarterly all-hands", "한국어 회의", "👩‍💻 Dev sync",
    ].enumerated().map {
        LiveMeeting(
            id: 100_000_000 + Int64($0.offset), uuid: "\($0.offset)", topic: $0.element, hostName: "山田 太郎",
            participantCount: 3)
    }
}
