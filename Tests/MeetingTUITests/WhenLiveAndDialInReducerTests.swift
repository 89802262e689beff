import Foundation
import MeetingKit
import XCTest

@testable import MeetingConsole

/// Call-outs set up before the meeting starts (`:when-live`, the "waiting for start" lines, `:cancel`)
/// and the dial-in key, through the pure reducer and the render.
final class WhenLiveAndDialInReducerTests: XCTestCase {
    typealias F = ConsoleFixtures

    /// Types a command line and runs it.
    @discardableResult
    private func command(_ text: String, in state: inout AppState) -> [Effect] {
        F.press([.character(":")], in: &state)
        F.type(text, in: &state)
        return F.press([.enter], in: &state)
    }

    private func screen(_ state: AppState) -> String {
        let grid = Renderer.render(state)
        return (0..<state.size.rows).map { grid.line($0) }.joined(separator: "\n")
    }

    func testWhenLiveAsksToConfirmThenWaitsForTheStartInTheLog() throws {
        var state = F.state(columns: 120)
        command("when-live 81234567890 sip:board@rooms.example.com Boardroom", in: &state)
        guard case .confirmInvite(let order) = state.prompt else {
            return XCTFail("no confirmation: \(String(describing: state.message))")
        }
        XCTAssertTrue(order.whenLive)
        XCTAssertEqual(order.meeting.reference, .id(81_234_567_890))
        XCTAssertEqual(order.displayName, "Boardroom")
        XCTAssertTrue(screen(state).contains("Waits up to 2 h for it to start; nothing is sent before."), screen(state))

        XCTAssertEqual(F.press([.character("y")], in: &state), [.runInvite(ticket: 1, order)])
        XCTAssertEqual(state.invites[1]?.stage, .waitingForStart(remaining: 7200))
        let details = MeetingDetails(id: 81_234_567_890, uuid: "x", topic: "Board", status: .waiting)
        _ = Reducer.reduce(
            &state, .inviteProgressed(ticket: 1, InviteStage(.waitingForStart(details, remaining: 5400))))
        XCTAssertEqual(
            state.message?.text, "Boardroom → meeting 812 3456 7890: waiting for start… 1 h 30 min left (:cancel 1)")
        XCTAssertTrue(
            screen(state).contains("Boardroom → meeting 812 3456 7890: waiting for start… 1 h 30 min left (:cancel 1)"),
            screen(state))
        XCTAssertEqual(state.calloutsInProgress, 1, "quitting asks first while a call-out waits")
        for _ in 1...6 { state.report("something else happened") }
        let rule = try XCTUnwrap(screen(state).split(separator: "\n").first { $0.hasPrefix("── Log") })
        XCTAssertTrue(
            rule.hasPrefix("── Log ─ waiting for start: #1 Boardroom → 812 3456 7890 ───"),
            "the waiting list stays in sight when its log line has scrolled away: \(rule)")

        _ = Reducer.reduce(&state, .inviteProgressed(ticket: 1, .sending))
        XCTAssertEqual(
            state.message?.text, "Boardroom → meeting 812 3456 7890: sending…", "the meeting started: the call goes out"
        )
    }

    func testAWaitingCalloutCanBeCancelledAndASentOneCannot() {
        var state = F.state()
        command("when-live 81234567890 sip:board@rooms.example.com", in: &state)
        F.press([.character("y")], in: &state)
        XCTAssertEqual(command("cancel 1", in: &state), [.cancelInvite(ticket: 1)])
        XCTAssertEqual(state.message?.text, "Cancelling the call-out to sip:board@rooms.example.com…")

        let cancelled = InviteVerdict(
            outcome: .refused, reason: "Cancelled before meeting 812 3456 7890 started; nothing was sent")
        _ = Reducer.reduce(&state, .inviteProgressed(ticket: 1, .finished(cancelled)))
        XCTAssertEqual(command("cancel 1", in: &state), [], "it no longer waits")
        XCTAssertEqual(state.message?.role, .error)

        F.press([.character("1"), .character("y")], in: &state)
        _ = Reducer.reduce(&state, .inviteProgressed(ticket: 2, .ringing(elapsed: 2)))
        XCTAssertEqual(command("cancel 2", in: &state), [], "a call-out already sent cannot be taken back")
        XCTAssertTrue(state.message?.text.hasSuffix("a call-out already sent cannot be taken back") == true)
    }

    func testAtMostFiveCalloutsWaitAtOnce() {
        var state = F.state()
        for ticket in 1...5 {
            command("when-live 8123456789\(ticket) sip:board@rooms.example.com", in: &state)
            XCTAssertEqual(F.press([.character("y")], in: &state).count, 1)
        }
        command("when-live 81234567899 sip:board@rooms.example.com", in: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(
            state.message?.text,
            "5 call-outs already wait for their meeting to start (at most 5, to stay within "
                + "Zoom's rate limits); :cancel one first")
    }

    func testBadWhenLiveInputChangesNothing() {
        var state = F.state()
        XCTAssertEqual(command("when-live 81234567890", in: &state), [])
        XCTAssertEqual(
            state.message?.text, "Usage: :when-live MEETING-ID sip:room@host [display name] (the ID without spaces)")
        XCTAssertEqual(command("when-live 12 sip:board@rooms.example.com", in: &state), [])
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.message?.role, .error)
        XCTAssertEqual(command("when-live 81234567890 sip:@nohost", in: &state), [])
        XCTAssertNil(state.prompt)
        var readOnly = F.state(readOnly: true)
        XCTAssertEqual(command("when-live 81234567890 sip:board@rooms.example.com", in: &readOnly), [])
        XCTAssertNil(readOnly.prompt)
    }

    func testARefusalForLackOfTheAdminScopeOffersTheDialInKey() {
        var state = F.state()
        F.press([.character("1"), .character("y")], in: &state)
        let refused = InviteVerdict(
            outcome: .refused, reason: "Nothing was sent: room-system call-outs need meeting:write:admin",
            offersDialIn: true)
        _ = Reducer.reduce(&state, .inviteProgressed(ticket: 1, .finished(refused)))
        XCTAssertEqual(
            state.log.last?.content,
            .message(
                StatusMessage(
                    "Press d for the address boardroom can dial to join Weekly sync (857 4606 5432) by itself: no call-out, no admin scope",
                    role: .warning)))

        let meeting = MeetingTarget(F.meetings[0])
        XCTAssertEqual(F.press([.character("d")], in: &state), [.loadDialIn(meeting)])
        let address = SIPDialingAddress(uri: "85746065432.abcdef@zoomcrc.com", expiresIn: 7200)
        _ = Reducer.reduce(&state, .dialInLoaded(meeting, address, receivedAt: F.now))
        XCTAssertEqual(state.prompt, .dialIn(meeting, address, receivedAt: F.now))
        let shown = screen(state)
        for line in [
            "Dial-in address", "For Weekly sync (857 4606 5432):", "85746065432.abcdef@zoomcrc.com",
            "valid for 2 h, until 16:30 UTC", "Have the room system dial this address (SIP): it joins by itself,",
        ] {
            XCTAssertTrue(shown.contains(line), "\(line) missing from\n\(shown)")
        }
        XCTAssertEqual(
            state.log.last?.content,
            .message(
                StatusMessage(
                    "Dial-in address for Weekly sync (857 4606 5432): 85746065432.abcdef@zoomcrc.com (valid for 2 h, until 16:30 UTC)",
                    role: .success)), "the address stays in the log")
        XCTAssertEqual(F.press([.character("x")], in: &state), [])
        XCTAssertNil(state.prompt, "any key closes the box")
    }

    func testADialInThatIsRefusedSaysWhy() {
        var state = F.state()
        let meeting = MeetingTarget(F.meetings[1])
        _ = Reducer.reduce(
            &state, .dialInFailed(meeting, "SIP address for a room to dial in needs meeting:write:sip_dialing"))
        XCTAssertNil(state.prompt)
        XCTAssertEqual(
            state.message,
            StatusMessage(
                "No dial-in address for Design review (912 3456 7890): SIP address for a room to dial in needs meeting:write:sip_dialing",
                role: .error))
    }
}
