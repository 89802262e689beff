import Foundation
import MeetingKit
import XCTest

@testable import MeetingConsole

/// Every key of every view, through the pure reducer.
final class ReducerTests: XCTestCase {
    typealias F = ConsoleFixtures

    // MARK: - Start, refresh and results

    func testStartLoadsIdentityWhenUnknownAndTheMeetings() {
        var state = F.state(loaded: false)
        XCTAssertEqual(Reducer.start(&state), [.refreshMeetings(pages: 1)])
        state.identity.userName = nil
        XCTAssertEqual(Reducer.start(&state), [.loadIdentity, .refreshMeetings(pages: 1)])
        XCTAssertTrue(state.meetings.loading)
        _ = Reducer.reduce(&state, .identityLoaded(ZoomUser(id: "u", displayName: "Zed")))
        XCTAssertEqual(state.identity.userName, "Zed")
    }

    func testServerToServerWithoutAUserIsNotAskedAboutAndSaysWhatToSet() {
        var state = F.state(loaded: false)
        state.identity.userName = nil
        state.identity.user = ActingUser(source: .serverToServer, configured: nil)
        XCTAssertEqual(
            Reducer.start(&state), [.refreshMeetings(pages: 1)], "no request for a user that is not named (never `me`)")
        XCTAssertEqual(state.log.last?.content, .message(StatusMessage(ActingUser.missingExplanation, role: .warning)))
        XCTAssertTrue(Renderer.render(state).line(0).contains("(no [zoom] user set)"), Renderer.render(state).line(0))
    }

    func testLoadedMeetingsScheduleTheNextRefreshAndTickRunsIt() {
        var state = F.state()
        XCTAssertEqual(state.meetings.lastRefresh, F.now)
        XCTAssertEqual(state.nextDeadline, F.now.addingTimeInterval(30))
        state.now = F.now.addingTimeInterval(10)
        XCTAssertEqual(Reducer.reduce(&state, .tick), [], "nothing is due yet")
        state.now = F.now.addingTimeInterval(30)
        XCTAssertEqual(Reducer.reduce(&state, .tick), [.refreshMeetings(pages: 1)])
        XCTAssertNil(state.nextDeadline, "no deadline while the refresh runs: the loop sleeps until the answer")
        XCTAssertEqual(Reducer.reduce(&state, .tick), [])
    }

    func testRKeyRefreshesNowOnlyOnce() {
        var state = F.state()
        XCTAssertEqual(F.press([.character("r")], in: &state), [.refreshMeetings(pages: 1)])
        XCTAssertEqual(F.press([.character("r")], in: &state), [], "already refreshing")
    }

    func testFailedRefreshReportsAndKeepsTheList() {
        var state = F.state()
        _ = F.press([.character("r")], in: &state)
        _ = Reducer.reduce(&state, .meetingsFailed("Zoom's rate limit was reached"))
        XCTAssertEqual(state.meetings.items.count, 3)
        XCTAssertEqual(state.message?.role, .error)
        XCTAssertTrue(state.message?.text.contains("rate limit") == true)
        XCTAssertEqual(state.nextDeadline, F.now.addingTimeInterval(30))
    }

    func testRefreshKeepsTheSelectedMeeting() {
        var state = F.state()
        F.press([.down], in: &state)
        XCTAssertEqual(state.meetings.selected?.topic, "Design review")
        _ = Reducer.reduce(&state, .meetingsLoaded(Array(F.meetings.reversed()), source: .account))
        XCTAssertEqual(state.meetings.selected?.topic, "Design review")
        XCTAssertEqual(state.meetings.cursor.index, 1)
    }

    // MARK: - Meetings view movement

    func testMovementKeys() {
        var state = F.state()
        F.press([.down], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 1)
        F.press([.character("j")], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 2)
        F.press([.character("j")], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 2, "stops at the end")
        F.press([.character("k")], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 1)
        F.press([.up, .up], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 0)
        F.press([.character("G")], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 2)
        F.press([.character("g")], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 0)
        F.press([.end], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 2)
        F.press([.home], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 0)
    }

    func testPagingMovesByAScreenAndScrolls() {
        let many = (0..<100).map { LiveMeeting(id: 100_000_000 + Int64($0), uuid: "\($0)", topic: "Meeting \($0)") }
        var state = F.state(meetings: many)
        let rows = Layout(size: state.size).listRows
        F.press([.pageDown], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, rows)
        XCTAssertEqual(state.meetings.cursor.top, 1, "the selection stays on screen")
        F.press([.pageDown, .pageUp], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, rows)
        F.press([.pageUp], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 0)
        XCTAssertEqual(state.meetings.cursor.top, 0)
    }

    func testResizeKeepsTheSelectionVisible() {
        let many = (0..<100).map { LiveMeeting(id: 100_000_000 + Int64($0), uuid: "\($0)", topic: "Meeting \($0)") }
        var state = F.state(meetings: many)
        F.press([.character("G")], in: &state)
        _ = Reducer.reduce(&state, .resized(TerminalSize(rows: 14, columns: 70)))
        let rows = Layout(size: state.size).listRows
        XCTAssertEqual(state.meetings.cursor.top, 99 - rows + 1)
    }

    // MARK: - Filter

    func testFilterNarrowsTheListAndEscClearsIt() {
        var state = F.state()
        F.press([.character("/")], in: &state)
        XCTAssertEqual(state.prompt, .filter)
        F.type("review", in: &state)
        XCTAssertEqual(state.meetings.visible.map(\.topic), ["Design review"])
        F.press([.enter], in: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.meetings.cursor.filter, "review", "Enter keeps the filter")
        F.press([.escape], in: &state)
        XCTAssertEqual(state.meetings.cursor.filter, "", "Esc on the list clears it")

        F.press([.character("/")], in: &state)
        F.type("8574", in: &state)
        XCTAssertEqual(state.meetings.visible.map(\.topic), ["Weekly sync"], "matches meeting IDs too")
        F.press([.backspace, .backspace, .backspace, .backspace], in: &state)
        XCTAssertEqual(state.meetings.visible.count, 3)
        F.type("carol", in: &state)
        XCTAssertEqual(state.meetings.visible.map(\.topic), ["Support standup"], "matches hosts")
        F.press([.escape], in: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.meetings.cursor.filter, "")
    }

    // MARK: - Participants view

    func testEnterOpensParticipantsAndBackReturns() {
        var state = F.state()
        let effects = F.press([.enter], in: &state)
        XCTAssertEqual(effects, [.loadParticipants(.id(85_746_065_432))])
        XCTAssertEqual(state.screen, .participants)
        XCTAssertEqual(state.participants?.meeting.topic, "Weekly sync")
        F.press([.escape], in: &state)
        XCTAssertEqual(state.screen, .meetings)
        F.press([.enter, .backspace], in: &state)
        XCTAssertEqual(state.screen, .meetings, "Backspace goes back too")
    }

    func testParticipantsHideThoseWhoLeftUntilAsked() {
        var state = F.participantsState()
        XCTAssertEqual(state.participants?.visible.map(\.name), ["Alice Example", "Boardroom", "Guest"])
        F.press([.character("l")], in: &state)
        XCTAssertEqual(state.participants?.visible.count, 4)
        F.press([.character("l")], in: &state)
        XCTAssertEqual(state.participants?.visible.count, 3)
        let counts = state.participants!.counts
        XCTAssertEqual([counts.inMeeting, counts.waiting, counts.left], [2, 1, 1])
    }

    func testParticipantsMovementFilterAndRefresh() {
        var state = F.participantsState()
        F.press([.character("j"), .character("j")], in: &state)
        XCTAssertEqual(state.participants?.cursor.index, 2)
        F.press([.character("g")], in: &state)
        XCTAssertEqual(state.participants?.cursor.index, 0)
        F.press([.character("/")], in: &state)
        F.type("guest", in: &state)
        XCTAssertEqual(state.participants?.visible.map(\.name), ["Guest"])
        F.press([.escape], in: &state)
        XCTAssertEqual(F.press([.character("r")], in: &state), [.loadParticipants(.id(85_746_065_432))])
        XCTAssertEqual(state.meetings.cursor.filter, "", "the meetings filter is separate")
    }

    func testParticipantsRefreshOnlyWhileOpen() {
        var state = F.participantsState()
        XCTAssertEqual(state.nextDeadline, F.now.addingTimeInterval(10))
        state.now = F.now.addingTimeInterval(10)
        XCTAssertEqual(Reducer.reduce(&state, .tick), [.loadParticipants(.id(85_746_065_432))])
        _ = Reducer.reduce(&state, .participantsLoaded(.id(85_746_065_432), F.participants))
        F.press([.escape], in: &state)
        XCTAssertEqual(
            state.nextDeadline, F.now.addingTimeInterval(30), "back on meetings, the meetings refresh is next")
    }

    func testParticipantsOfAnotherMeetingAreIgnored() {
        var state = F.participantsState()
        _ = Reducer.reduce(&state, .participantsLoaded(.id(91_234_567_890), []))
        XCTAssertEqual(state.participants?.items.count, 4)
    }

    func testMissingDashboardScopeExplainsWithoutAsking() {
        var state = F.state(scopes: .known(["meeting:read", "meeting:write"]))
        let effects = F.press([.enter], in: &state)
        XCTAssertEqual(effects, [], "no request that is certain to fail")
        guard case .notPermitted(let reason, let fix) = state.participants?.problem else {
            return XCTFail("no explanation")
        }
        XCTAssertTrue(reason.contains("dashboard_meetings:read:admin"))
        XCTAssertTrue(fix.contains("Server-to-Server"))
        XCTAssertEqual(F.press([.character("r")], in: &state), [], "refresh cannot help")
        XCTAssertNil(state.nextDeadline)
    }

    func testRefusedParticipantsStopPolling() {
        var state = F.state(scopes: .unknown)
        F.press([.enter], in: &state)
        _ = Reducer.reduce(&state, .participantsFailed(.id(85_746_065_432), .missingDashboardScope))
        XCTAssertNil(state.nextDeadline)
        _ = Reducer.reduce(&state, .participantsFailed(.id(85_746_065_432), .failed("no answer")))
        XCTAssertEqual(state.nextDeadline, F.now.addingTimeInterval(10), "a passing failure is retried")
        XCTAssertEqual(state.message?.role, .error)
    }

    func testParticipantsViewKeysAimAtTheOpenMeeting() {
        var state = F.participantsState()
        F.press([.character("G")], in: &state)
        XCTAssertEqual(state.participants?.cursor.index, 2)
        F.press([.character("k"), .up], in: &state)
        XCTAssertEqual(state.participants?.cursor.index, 0)
        F.press([.pageDown], in: &state)
        XCTAssertEqual(state.participants?.cursor.index, 2)
        F.press([.pageUp, .end, .home], in: &state)
        XCTAssertEqual(state.participants?.cursor.index, 0)
        let open = MeetingTarget(F.meetings[0])
        F.press([.character("i")], in: &state)
        XCTAssertEqual(state.prompt, .inviteForm(InviteForm(meeting: open)))
        F.press([.escape, .character("p")], in: &state)
        XCTAssertEqual(state.prompt, .phoneForm(PhoneForm(meeting: open)))
        F.press([.escape, .character("R")], in: &state)
        XCTAssertEqual(state.prompt, .recordingMenu(open))
        F.press([.escape, .character("E")], in: &state)
        XCTAssertEqual(state.prompt, .endMeeting(open, typed: ""))
        F.press([.escape, .character(":")], in: &state)
        XCTAssertEqual(state.prompt, .command(""))
        F.press([.escape, .character("?")], in: &state)
        XCTAssertEqual(state.screen, .help)
        F.press([.escape], in: &state)
        XCTAssertEqual(state.screen, .participants, "closing help returns to the view it was opened from")
    }

    // MARK: - Help

    func testHelpOpensAndCloses() {
        var state = F.state()
        F.press([.character("?")], in: &state)
        XCTAssertEqual(state.screen, .help)
        F.press([.character("?")], in: &state)
        XCTAssertEqual(state.screen, .meetings)
        F.press([.function(1), .escape], in: &state)
        XCTAssertEqual(state.screen, .meetings)
        F.press([.character("?"), .character("j")], in: &state)
        XCTAssertEqual(state.screen, .help, "list keys do nothing on help")
        XCTAssertEqual(state.meetings.cursor.index, 0)
        F.press([.backspace], in: &state)
        XCTAssertEqual(state.screen, .meetings)
    }

    // MARK: - Quit

    func testQQuitsFromEveryView() {
        var help = F.participantsState()
        F.press([.character("?")], in: &help)
        var callType = F.state()
        F.press([.character("i"), .backTab], in: &callType)
        var savedRooms = F.participantsState()
        F.press([.character("i"), .tab, .tab], in: &savedRooms)
        guard case .inviteForm(let form) = savedRooms.prompt, form.focus == .rooms else {
            return XCTFail("not on the saved rooms")
        }
        for (view, state) in [
            ("meetings", F.state()), ("participants", F.participantsState()), ("help", help),
            ("invite form: type", callType), ("invite form: saved rooms", savedRooms),
        ] {
            var state = state
            XCTAssertEqual(F.press([.character("q")], in: &state), [.quit], view)
            XCTAssertTrue(state.quitting, view)
        }
        var rebound = F.participantsState()
        rebound.settings.keymap = Keymap.applying(overrides: ["quit": "x"]).keymap
        XCTAssertEqual(F.press([.character("q")], in: &rebound), [])
        XCTAssertEqual(F.press([.character("x")], in: &rebound), [.quit], "a rebound quit key quits instead")
    }

    func testQIsALetterWhereTextIsTyped() {
        var state = F.state()
        F.press([.character("/")], in: &state)
        F.type("q", in: &state)
        XCTAssertEqual(state.meetings.cursor.filter, "q")
        F.press([.escape, .character(":")], in: &state)
        F.type("q", in: &state)
        XCTAssertEqual(state.prompt, .command("q"))
        F.press([.escape, .character("i")], in: &state)
        F.type("q", in: &state)
        F.press([.tab], in: &state)
        F.type("q", in: &state)
        guard case .inviteForm(let form) = state.prompt else { return XCTFail("the form closed") }
        XCTAssertEqual([form.address, form.displayName], ["q", "q"])
        F.press([.escape, .character("p")], in: &state)
        F.type("q", in: &state)
        guard case .phoneForm(let phone) = state.prompt else { return XCTFail("the phone form closed") }
        XCTAssertEqual(phone.number, "q")
        F.press([.escape, .character("E")], in: &state)
        F.type("q", in: &state)
        XCTAssertEqual(state.prompt, .endMeeting(MeetingTarget(F.meetings[0]), typed: "q"))
        F.press([.escape], in: &state)
        XCTAssertFalse(state.quitting)
        F.press([.character(":")], in: &state)
        F.type("q", in: &state)
        XCTAssertEqual(F.press([.enter], in: &state), [.quit], ":q quits")
    }

    func testQAnswersNoToAQuestion() {
        var state = F.state()
        XCTAssertEqual(F.press([.character("1"), .character("q")], in: &state), [])
        XCTAssertEqual(state.message?.text, "Cancelled")
        XCTAssertEqual(F.press([.character("R"), .character("q")], in: &state), [])
        XCTAssertNil(state.prompt)
        XCTAssertFalse(state.quitting)
    }

    func testQuitAsksWhileCallOutsAreBeingVerified() {
        var state = F.state()
        F.press([.character("1"), .character("y")], in: &state)
        XCTAssertEqual(state.calloutsInProgress, 1)
        F.press([.character("i"), .backTab], in: &state)
        guard case .inviteForm(let form) = state.prompt else { return XCTFail("no form") }
        XCTAssertEqual(F.press([.character("q")], in: &state), [], "nothing quits while a room is being verified")
        XCTAssertEqual(state.prompt, .confirmQuit(resuming: .inviteForm(form)))
        XCTAssertFalse(state.quitting)
        XCTAssertEqual(F.press([.character("n")], in: &state), [])
        XCTAssertEqual(state.prompt, .inviteForm(form), "staying returns to the form")
        XCTAssertEqual(state.message?.text, "Still watching the call-outs")

        F.press([.escape, .character("q")], in: &state)
        XCTAssertEqual(state.prompt, .confirmQuit(resuming: nil))
        XCTAssertEqual(F.press([.character("q")], in: &state), [.quit], "q again quits")
        XCTAssertTrue(state.quitting)

        for confirm in [KeyPress.character("y"), .enter] {
            var asked = state
            asked.quitting = false
            asked.prompt = nil
            F.press([.character(":")], in: &asked)
            F.type("quit", in: &asked)
            F.press([.enter], in: &asked)
            XCTAssertEqual(asked.prompt, .confirmQuit(resuming: nil), ":quit asks too")
            XCTAssertEqual(F.press([confirm], in: &asked), [.quit])
        }

        let verdict = InviteVerdict(outcome: .joined, reason: "Boardroom is in the meeting", elapsed: 12)
        _ = Reducer.reduce(&state, .inviteProgressed(ticket: 1, .finished(verdict)))
        state.quitting = false
        state.prompt = nil
        XCTAssertEqual(state.calloutsInProgress, 0)
        XCTAssertEqual(F.press([.character("q")], in: &state), [.quit], "once verified, q quits at once")
    }

    func testAnUnansweredPhoneCallOutCountsAsInProgress() {
        var state = F.state()
        F.press([.character("p")], in: &state)
        F.type("+14155550100", in: &state)
        F.press([.enter, .character("y")], in: &state)
        XCTAssertEqual(state.calloutsInProgress, 1)
        XCTAssertEqual(F.press([.character("q")], in: &state), [])
        XCTAssertEqual(state.prompt, .confirmQuit(resuming: nil))
        F.press([.escape], in: &state)
        _ = Reducer.reduce(&state, .controlAnswered(ticket: 1, .accepted))
        XCTAssertEqual(F.press([.character("q")], in: &state), [.quit])
    }

    func testTooSmallScreenTakesOnlyQuit() {
        var state = F.participantsState()
        _ = Reducer.reduce(&state, .resized(TerminalSize(rows: 10, columns: 40)))
        XCTAssertEqual(F.press([.character("i"), .escape, .character("E")], in: &state), [])
        XCTAssertNil(state.prompt, "nothing opens where it cannot be seen")
        XCTAssertEqual(state.screen, .participants)
        XCTAssertEqual(F.press([.character("q")], in: &state), [.quit])
    }

    func testTooSmallScreenAsksBeforeQuittingDuringAVerification() {
        var state = F.state()
        F.press([.character("1"), .character("y")], in: &state)
        _ = Reducer.reduce(&state, .resized(TerminalSize(rows: 10, columns: 40)))
        XCTAssertEqual(F.press([.character("q")], in: &state), [])
        XCTAssertEqual(state.prompt, .confirmQuit(resuming: nil))
        XCTAssertEqual(F.press([.character("y")], in: &state), [], "only the quit key works on a screen this small")
        XCTAssertEqual(F.press([.character("q")], in: &state), [.quit])
    }

    func testUnboundKeySaysSo() {
        var state = F.state()
        F.press([.character("z")], in: &state)
        XCTAssertEqual(state.message?.text, "z does nothing here (? lists the keys)")
    }

    // MARK: - Command line

    func testCommandLineMeetingOpensAListedMeetingAndChecksAnyOther() {
        var state = F.state()
        F.press([.character(":")], in: &state)
        F.type("meeting 912 3456 7890", in: &state)
        XCTAssertEqual(state.prompt, .command("meeting 912 3456 7890"))
        XCTAssertEqual(F.press([.enter], in: &state), [.loadParticipants(.id(91_234_567_890))])
        XCTAssertEqual(state.participants?.meeting.topic, "Design review")
        XCTAssertEqual(state.meetings.cursor.index, 1)

        F.press([.escape, .character(":")], in: &state)
        F.type("meeting 55555555555", in: &state)
        XCTAssertEqual(
            F.press([.enter], in: &state), [.checkMeeting(.id(55_555_555_555))],
            "a meeting not in the list is checked with Zoom")
        XCTAssertEqual(state.message?.text, "Checking meeting 555 5555 5555 with Zoom…")
        XCTAssertNil(state.participants, "nothing opens before Zoom says the meeting is live")
        let live = MeetingTarget(reference: .id(55_555_555_555), topic: "Instant call")
        XCTAssertEqual(
            Reducer.reduce(&state, .meetingChecked(.id(55_555_555_555), .live(live))),
            [.loadParticipants(.id(55_555_555_555))])
        XCTAssertEqual(
            state.participants?.meeting.label, "Instant call (555 5555 5555)", "a live meeting not in the list opens")

        F.press([.escape, .character(":")], in: &state)
        F.type("meeting 66666666666", in: &state)
        F.press([.enter], in: &state)
        let reason =
            "meeting 666 6666 6666 (Planning) has not started yet (Zoom says \"waiting\"); try again once the host starts it"
        XCTAssertEqual(Reducer.reduce(&state, .meetingChecked(.id(66_666_666_666), .refused(reason))), [])
        XCTAssertNil(state.participants)
        XCTAssertEqual(state.message, StatusMessage("Cannot open meeting 666 6666 6666: \(reason)", role: .warning))

        F.press([.escape, .character(":")], in: &state)
        F.type("meeting 12", in: &state)
        F.press([.enter], in: &state)
        XCTAssertEqual(state.message?.role, .error)
        XCTAssertTrue(state.message?.text.contains("9 to 12 digits") == true)
    }

    func testCommandLineInviteAsksToConfirm() throws {
        var state = F.state()
        F.press([.character(":")], in: &state)
        F.type("invite sip:room@video.example.com Lobby", in: &state)
        F.press([.enter], in: &state)
        XCTAssertEqual(
            state.prompt,
            .confirmInvite(
                InviteOrder(
                    meeting: MeetingTarget(F.meetings[0]),
                    target: try RoomSystemAddress.parse(callType: .sip, input: "sip:room@video.example.com"),
                    displayName: "Lobby")))

        F.press([.character("n"), .character(":")], in: &state)
        F.type("invite h323:192.0.2.44", in: &state)
        F.press([.enter], in: &state)
        guard case .confirmInvite(let order) = state.prompt else { return XCTFail("no confirmation") }
        XCTAssertEqual(order.target.callType, .h323)
        XCTAssertEqual(order.target.address, "192.0.2.44")

        F.press([.character("n"), .character(":")], in: &state)
        F.type("invite sip:@nohost", in: &state)
        F.press([.enter], in: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.role, .error)

        F.press([.character(":")], in: &state)
        F.type("invite sip:room@video.example.com " + String(repeating: "n", count: 65), in: &state)
        F.press([.enter], in: &state)
        XCTAssertNil(state.prompt, "a name over Zoom's 64 characters is refused before the confirmation")
        XCTAssertEqual(state.message?.text, "the display name \"nnnnnnnnnnnnnnnnnnnn...\" is longer than 64 characters")
    }

    func testCommandLineRoomAndQuitAndUnknown() {
        var state = F.state()
        F.press([.character(":")], in: &state)
        F.type("room Lab", in: &state)
        F.press([.enter], in: &state)
        guard case .confirmInvite(let order) = state.prompt else { return XCTFail("no confirmation") }
        XCTAssertEqual(order.roomName, "lab")
        F.press([.escape, .character(":")], in: &state)
        F.type("room attic", in: &state)
        F.press([.enter], in: &state)
        XCTAssertEqual(state.message?.text, "No saved room \"attic\"; saved: boardroom, lab")
        F.press([.character(":")], in: &state)
        F.type("frobnicate", in: &state)
        F.press([.enter], in: &state)
        XCTAssertTrue(state.message?.text.hasPrefix("Unknown command :frobnicate") == true)
        F.press([.character(":")], in: &state)
        F.type("quit", in: &state)
        XCTAssertEqual(F.press([.enter], in: &state), [.quit])
    }

    func testCommandLineEscAndBackspaceOnEmptyClose() {
        var state = F.state()
        F.press([.character(":"), .character("x"), .escape], in: &state)
        XCTAssertNil(state.prompt)
        F.press([.character(":"), .backspace], in: &state)
        XCTAssertNil(state.prompt)
    }

    // MARK: - Invites

    func testQuickKeyAsksThenInvitesAndTheLineFollowsTheWorkflow() {
        var state = F.state()
        F.press([.character("1")], in: &state)
        guard case .confirmInvite(let order) = state.prompt else { return XCTFail("no confirmation") }
        XCTAssertEqual(order.roomLabel, "boardroom")
        XCTAssertEqual(order.meeting.reference, .id(85_746_065_432))
        let effects = F.press([.character("y")], in: &state)
        XCTAssertEqual(effects, [.runInvite(ticket: 1, order)])
        XCTAssertNil(state.prompt, "the keyboard is free while the invite runs")
        F.press([.down], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 1)

        _ = Reducer.reduce(&state, .inviteProgressed(ticket: 1, .ringing(elapsed: 4)))
        XCTAssertEqual(state.invites[1]?.stage, .ringing(elapsed: 4))
        let verdict = InviteVerdict(outcome: .joined, reason: "Boardroom is in the meeting", elapsed: 12)
        _ = Reducer.reduce(&state, .inviteProgressed(ticket: 1, .finished(verdict)))
        XCTAssertEqual(state.message?.text, "boardroom → Weekly sync (857 4606 5432): joined ✓ after 12 s (:keep 1)")
        XCTAssertEqual(state.message?.role, .success)
        XCTAssertEqual(state.log.last?.content, .invite(ticket: 1))
    }

    func testQuickKeyCancelAndUnknownRoom() {
        var state = F.state()
        XCTAssertEqual(F.press([.character("2"), .character("n")], in: &state), [])
        XCTAssertEqual(state.message?.text, "Cancelled")
        F.press([.character("7")], in: &state)
        XCTAssertEqual(state.message?.text, "No saved room on quick key 7")
        XCTAssertEqual(F.press([.character("2"), .enter], in: &state).count, 1, "Enter confirms too")
    }

    func testInviteFormValidatesAsYouTypeAndConfirms() throws {
        var state = F.state()
        F.press([.character("i")], in: &state)
        guard case .inviteForm = state.prompt else { return XCTFail("no form") }
        F.type("room@", in: &state)
        guard case .inviteForm(let partial) = state.prompt else { return XCTFail("form closed") }
        XCTAssertNotNil(partial.addressProblem, "an address without a host is refused as it is typed")
        F.press([.enter], in: &state)
        XCTAssertEqual(state.message?.role, .error, "Enter with a bad address explains")
        F.type("host.example.com", in: &state)
        F.press([.tab], in: &state)
        F.type("Lobby", in: &state)
        F.press([.enter], in: &state)
        XCTAssertEqual(
            state.prompt,
            .confirmInvite(
                InviteOrder(
                    meeting: MeetingTarget(F.meetings[0]),
                    target: try RoomSystemAddress.parse(callType: .sip, input: "sip:room@host.example.com"),
                    displayName: "Lobby")))
    }

    func testInviteFormSwitchesToH323AndPicksSavedRooms() {
        var state = F.state()
        F.press([.character("i"), .backTab, .right], in: &state)
        guard case .inviteForm(let form) = state.prompt else { return XCTFail("no form") }
        XCTAssertEqual(form.callType, .h323)
        XCTAssertEqual(form.focus, .callType)
        F.press([.tab, .tab, .tab, .down, .enter], in: &state)
        guard case .confirmInvite(let order) = state.prompt else { return XCTFail("no confirmation") }
        XCTAssertEqual(order.roomName, "lab")
        F.press([.character("n"), .character("i"), .escape], in: &state)
        XCTAssertNil(state.prompt)
    }

    // MARK: - Controls

    func testPhoneCallOutFormConfirmAndAnswer() {
        var state = F.state()
        F.press([.character("p")], in: &state)
        F.type("12345", in: &state)
        F.press([.enter], in: &state)
        XCTAssertEqual(state.message?.text, "Phone call-out: start with + and the country code, like +1 415 555 0100")
        F.press([.backspace, .backspace, .backspace, .backspace, .backspace], in: &state)
        F.type("+1 415 555 0100", in: &state)
        F.press([.backTab], in: &state)
        F.type("Dr. Who", in: &state)
        F.press([.enter], in: &state)
        let callout = InMeetingEvent.PhoneCallout(inviteeName: "Dr. Who", phoneNumber: "+14155550100")
        XCTAssertEqual(state.prompt, .confirmPhone(MeetingTarget(F.meetings[0]), callout))
        XCTAssertEqual(
            F.press([.character("y")], in: &state),
            [.sendControl(ticket: 1, MeetingTarget(F.meetings[0]), .phoneCallout(callout))])
        _ = Reducer.reduce(&state, .controlAnswered(ticket: 1, .failed("Zoom answered 400 (code 3003): not the host")))
        XCTAssertEqual(
            state.message?.text,
            "Phone call-out to +14155550100 for Weekly sync (857 4606 5432) failed: Zoom answered 400 (code 3003): not the host"
        )
        XCTAssertEqual(state.message?.role, .error)
    }

    func testAMissingAuditRecordIsShownInTheLogAndAnUnconfirmedControlIsNotCalledDone() {
        var state = F.state()
        let warning =
            "This action is NOT in the audit log: cannot write the audit log /x/audit.log: No space left on device"
        _ = Reducer.reduce(&state, .auditNotWritten(warning))
        XCTAssertEqual(state.log.last?.content, .message(StatusMessage(warning, role: .error)))

        F.press([.character("R"), .character("s"), .enter], in: &state)
        _ = Reducer.reduce(
            &state,
            .controlAnswered(
                ticket: 1, .unconfirmed("The answer was lost. Check the meeting in Zoom before trying again.")))
        XCTAssertEqual(
            state.message,
            StatusMessage(
                "Recording start for Weekly sync (857 4606 5432) is not confirmed: "
                    + "The answer was lost. Check the meeting in Zoom before trying again.", role: .warning))
    }

    func testPhoneFormTogglesPressOneAndGreetingAndKeepsTheExtension() {
        var state = F.state()
        F.press([.character("p")], in: &state)
        F.type("+1 603 233 1333-156", in: &state)
        guard case .phoneForm(let typed) = state.prompt else { return XCTFail("the phone form is not open") }
        XCTAssertNil(typed.problem)
        XCTAssertEqual(typed.callout?.phoneNumber, "+16032331333-156")
        XCTAssertEqual(typed.callout?.requirePressingOne, true, "press-1 is on by default, as at Zoom")
        XCTAssertEqual(typed.callout?.requireGreeting, true, "the greeting is on by default, as at Zoom")

        F.press([.tab, .character(" "), .tab, .character(" ")], in: &state)
        guard case .phoneForm(let toggled) = state.prompt else { return XCTFail("the phone form closed") }
        XCTAssertEqual(toggled.focus, .pressOne)
        XCTAssertFalse(toggled.requireGreeting)
        XCTAssertFalse(toggled.requirePressingOne)
        F.press([.enter], in: &state)
        let callout = InMeetingEvent.PhoneCallout(
            inviteeName: "+16032331333-156", phoneNumber: "+16032331333-156",
            requireGreeting: false, requirePressingOne: false)
        XCTAssertEqual(state.prompt, .confirmPhone(MeetingTarget(F.meetings[0]), callout))
    }

    func testConsoleFormsCheckZoomsLimitsAsTyped() {
        var state = F.state()
        F.press([.character("p")], in: &state)
        F.type("+14155550100", in: &state)
        F.press([.backTab], in: &state)
        F.type(String(repeating: "n", count: 65), in: &state)
        guard case .phoneForm(let phone) = state.prompt else { return XCTFail("the phone form is not open") }
        XCTAssertEqual(phone.problem, "the display name \"nnnnnnnnnnnnnnnnnnnn...\" is longer than 64 characters")
        F.press([.enter], in: &state)
        XCTAssertEqual(state.message?.role, .error)
        XCTAssertEqual(state.prompt, .phoneForm(phone), "nothing is confirmed while the form breaks a limit")

        F.press([.escape, .character("i")], in: &state)
        F.type("boardroom", in: &state)
        guard case .inviteForm(let single) = state.prompt else { return XCTFail("the invite form is not open") }
        XCTAssertEqual(
            single.addressProblem,
            "\"boardroom\" is a single name, which Zoom's cloud cannot resolve: give a full domain (room@boardroom.example.com) or an IP address"
        )
        F.press([.backspace], in: &state)
        F.type("m.example.com", in: &state)
        F.press([.tab], in: &state)
        F.type(String(repeating: "n", count: 65), in: &state)
        guard case .inviteForm(let named) = state.prompt else { return XCTFail("the invite form closed") }
        XCTAssertNil(named.addressProblem)
        XCTAssertEqual(
            named.displayNameProblem, "the display name \"nnnnnnnnnnnnnnnnnnnn...\" is longer than 64 characters")
        F.press([.enter], in: &state)
        XCTAssertEqual(state.prompt, .inviteForm(named), "nothing is confirmed while the form breaks a limit")
    }

    func testRecordingMenuEachAction() {
        for (key, action) in [("s", InMeetingEvent.RecordingAction.start), ("t", .stop), ("p", .pause), ("u", .resume)]
        {
            var state = F.state()
            F.press([.character("R"), .character(Character(key))], in: &state)
            XCTAssertEqual(state.prompt, .confirmRecording(MeetingTarget(F.meetings[0]), action))
            XCTAssertEqual(
                F.press([.enter], in: &state),
                [.sendControl(ticket: 1, MeetingTarget(F.meetings[0]), .recording(action))])
            _ = Reducer.reduce(&state, .controlAnswered(ticket: 1, .accepted))
            XCTAssertEqual(
                state.message?.text, "Zoom accepted recording \(action.rawValue) for Weekly sync (857 4606 5432)")
        }
        var state = F.state()
        F.press([.character("R"), .character("x")], in: &state)
        XCTAssertNil(state.prompt, "another key cancels")
    }

    func testEndMeetingNeedsTheIDOrYes() {
        var state = F.state()
        F.press([.character("E")], in: &state)
        F.type("123", in: &state)
        XCTAssertEqual(F.press([.enter], in: &state), [], "a wrong ID does not end it")
        XCTAssertEqual(state.message?.role, .warning)
        F.press([.backspace, .backspace, .backspace], in: &state)
        F.type("857 4606 5432", in: &state)
        XCTAssertEqual(
            F.press([.enter], in: &state), [.sendControl(ticket: 1, MeetingTarget(F.meetings[0]), .endMeeting)])
        _ = Reducer.reduce(&state, .controlAnswered(ticket: 1, .accepted))
        XCTAssertEqual(state.message?.text, "Zoom ended Weekly sync (857 4606 5432)")

        F.press([.character("E")], in: &state)
        F.type("YES", in: &state)
        XCTAssertEqual(F.press([.enter], in: &state).count, 1)
        F.press([.character("E"), .escape], in: &state)
        XCTAssertNil(state.prompt)
    }

    func testControlsNeedAMeeting() {
        var state = F.state(meetings: [])
        for key in ["i", "p", "R", "E", "1"] {
            F.press([.character(Character(key))], in: &state)
            XCTAssertNil(state.prompt, key)
            XCTAssertEqual(state.message?.text, "Select a meeting first (or :meeting ID)", key)
        }
    }

    // MARK: - Read-only

    func testReadOnlyRefusesEveryChange() {
        var state = F.state(readOnly: true)
        for key in ["i", "p", "R", "E", "1"] {
            XCTAssertEqual(F.press([.character(Character(key))], in: &state), [], key)
            XCTAssertNil(state.prompt, key)
            XCTAssertEqual(state.message?.role, .warning, key)
            XCTAssertTrue(state.message?.text.hasPrefix("Read-only mode") == true, key)
        }
        for command in ["invite sip:a@b", "room lab"] {
            F.press([.character(":")], in: &state)
            F.type(command, in: &state)
            F.press([.enter], in: &state)
            XCTAssertNil(state.prompt, command)
            XCTAssertTrue(state.message?.text.hasPrefix("Read-only mode") == true, command)
        }
        XCTAssertEqual(F.press([.enter], in: &state).count, 1, "reading still works")
    }

    // MARK: - Rebinding

    func testRebindingChangesDispatch() {
        var state = F.state(keys: ["down": "n", "quit": "x"])
        F.press([.character("n")], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 1)
        F.press([.character("j")], in: &state)
        XCTAssertEqual(state.meetings.cursor.index, 1, "the old key is gone")
        XCTAssertEqual(F.press([.character("x")], in: &state), [.quit])
    }
}
