import Foundation
import MeetingKit
import XCTest

@testable import MeetingConsole

/// Several saved rooms marked with Space in the invite form and called after one confirmation,
/// each with its own line in the log pane.
final class MarkedRoomsTests: XCTestCase {
    typealias F = ConsoleFixtures

    private var meeting: MeetingTarget { MeetingTarget(F.meetings[0]) }

    /// The state with the invite form open on its saved rooms.
    private func onSavedRooms(rooms: [SavedRoom] = [F.boardroom, F.lab]) -> AppState {
        var state = F.state(rooms: rooms)
        F.press([.character("i"), .tab, .tab], in: &state)
        return state
    }

    func testMarkedRoomsAreCalledAfterOneConfirmationWithALogLineEach() throws {
        var state = onSavedRooms()
        F.press([.character(" "), .down, .character(" "), .enter], in: &state)
        let orders = [
            try InviteOrder(room: F.boardroom, meeting: meeting), try InviteOrder(room: F.lab, meeting: meeting),
        ]
        XCTAssertEqual(state.prompt, .confirmInvites(orders))
        XCTAssertEqual(state.log, [], "nothing starts before the confirmation")

        let effects = F.press([.character("y")], in: &state)
        XCTAssertEqual(
            effects,
            [
                .runInvites([
                    InviteAttempt(ticket: 1, order: orders[0], stage: .sending),
                    InviteAttempt(ticket: 2, order: orders[1], stage: .sending),
                ])
            ])
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.log.map(\.content), [.invite(ticket: 1), .invite(ticket: 2)])
        XCTAssertEqual(state.message?.text, "Calling 2 rooms into Weekly sync (857 4606 5432)")

        _ = Reducer.reduce(
            &state, .inviteProgressed(ticket: 2, .finished(InviteVerdict(outcome: .joined, reason: "", elapsed: 4))))
        XCTAssertEqual(state.invites[1]?.stage, .sending, "each room has its own line")
        XCTAssertEqual(
            InviteLine.text(for: try XCTUnwrap(state.invites[2]), unicode: true),
            "lab → Weekly sync (857 4606 5432): joined ✓ after 4 s (:keep 2)")
    }

    func testSpaceAgainUnmarksAndEnterThenCallsTheHighlightedRoomAlone() throws {
        var state = onSavedRooms()
        F.press([.character(" "), .character(" "), .enter], in: &state)
        XCTAssertEqual(state.prompt, .confirmInvite(try InviteOrder(room: F.boardroom, meeting: meeting)))
    }

    func testDeclinedConfirmationSendsNothing() {
        var state = onSavedRooms()
        F.press([.character(" "), .down, .character(" "), .enter], in: &state)
        let effects = F.press([.character("n")], in: &state)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.invites, [:])
        XCTAssertEqual(state.message?.text, "Cancelled")
    }

    func testTwoSavedRoomsWithOneAddressAreRefusedWithNothingSent() {
        let twin = SavedRoom(name: "board-2", callType: .sip, address: "sip:board@rooms.example.com")
        var state = onSavedRooms(rooms: [F.boardroom, twin])
        F.press([.character(" "), .down, .character(" "), .enter], in: &state)
        let effects = F.press([.character("y")], in: &state)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.invites, [:])
        XCTAssertEqual(state.message?.text, "SIP sip:board@rooms.example.com is listed twice; each room is called once")
        XCTAssertEqual(state.message?.role, .error)
    }

    func testTheConfirmationNamesEveryRoomAndTheMeeting() {
        var state = onSavedRooms()
        F.press([.character(" "), .down, .character(" ")], in: &state)
        let form = Renderer.render(state).text
        XCTAssertTrue(form.contains("[x] 1 boardroom  SIP sip:board@rooms.example.com"), form)
        XCTAssertTrue(form.contains("[x] 2 lab  H.323 192.0.2.10"), form)
        XCTAssertEqual(Renderer.render(state).line(23), "Tab Next Space Mark Enter Call marked Esc Cancel")
        F.press([.enter], in: &state)
        let confirmation = Renderer.render(state).text
        for line in [
            "Call these 2 rooms, each verified on its own,", "boardroom (SIP sip:board@rooms.example.com)",
            "lab (H.323 192.0.2.10)", "into Weekly sync (857 4606 5432)?", "y or Enter: call    any other key: cancel",
        ] {
            XCTAssertTrue(confirmation.contains(line), "\(line) missing from:\n\(confirmation)")
        }
    }
}
