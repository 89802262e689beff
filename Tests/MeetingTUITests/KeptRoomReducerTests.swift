import Foundation
import MeetingKit
import XCTest

@testable import MeetingConsole

/// Keeping an invited room connected from the console (`:keep N`, `:unkeep N`, `K` on the newest
/// invite), through the pure reducer and the render.
final class KeptRoomReducerTests: XCTestCase {
    typealias F = ConsoleFixtures
    private let joined = InviteStage.finished(InviteVerdict(outcome: .joined, reason: "joined", elapsed: 4))

    @discardableResult
    private func command(_ text: String, in state: inout AppState) -> [Effect] {
        F.press([.character(":")], in: &state)
        F.type(text, in: &state)
        return F.press([.enter], in: &state)
    }

    /// A console with invite 1 (Boardroom into meeting 812 3456 7890) sent.
    private func invited() throws -> (AppState, InviteOrder) {
        var state = F.state(columns: 160)
        let order = InviteOrder(
            meeting: MeetingTarget(reference: .id(81_234_567_890)), roomName: "Boardroom",
            target: try RoomSystemAddress.parse(callType: .sip, input: "sip:board@rooms.example.com"))
        XCTAssertEqual(Reducer.startInvite(order, in: &state), [.runInvite(ticket: 1, order)])
        return (state, order)
    }

    private func screen(_ state: AppState) -> String {
        let grid = Renderer.render(state)
        return (0..<state.size.rows).map { grid.line($0) }.joined(separator: "\n")
    }

    func testKeyKeepsTheNewestJoinedRoomAndShowsItsRedialsThenStopsKeeping() throws {
        var (state, order) = try invited()
        _ = Reducer.reduce(&state, .inviteProgressed(ticket: 1, joined))
        XCTAssertEqual(
            state.message?.text, "Boardroom → meeting 812 3456 7890: joined ✓ after 4 s (:keep 1)",
            "the line offers keeping")

        XCTAssertEqual(F.press([.character("K")], in: &state), [.keepRoom(ticket: 1, order)])
        _ = Reducer.reduce(&state, .keepProgressed(ticket: 1, .watching(redialsLeft: 3)))
        let line = "Boardroom → meeting 812 3456 7890: joined ✓ after 4 s · ⟳ kept, 3 redials left (:unkeep 1)"
        XCTAssertEqual(state.message?.text, line)
        XCTAssertTrue(screen(state).contains(line), screen(state))

        _ = Reducer.reduce(&state, .keepProgressed(ticket: 1, .redialling(pause: 20, redialsLeft: 1)))
        XCTAssertTrue(
            screen(state).contains("· ⟳ left, redialling in 20 s, 1 redial left after (:unkeep 1)"), screen(state))
        _ = Reducer.reduce(&state, .keepProgressed(ticket: 1, .rejoined(redialsLeft: 1)))
        XCTAssertEqual(
            state.message?.text,
            "Boardroom → meeting 812 3456 7890: joined ✓ after 4 s · ⟳ rejoined, 1 redial left (:unkeep 1)")

        XCTAssertEqual(F.press([.character("K")], in: &state), [.unkeepRoom(ticket: 1)], "the same key stops keeping")
        XCTAssertEqual(state.message?.text, "No longer keeping Boardroom in meeting 812 3456 7890")
        XCTAssertNil(state.invites[1]?.keep)
        _ = Reducer.reduce(&state, .keepProgressed(ticket: 1, .redialling(pause: 40, redialsLeft: 0)))
        XCTAssertNil(state.invites[1]?.keep, "a late event of the stopped keeper changes nothing")
        XCTAssertFalse(screen(state).contains("⟳"), screen(state))
    }

    func testKeepSetBeforeTheRoomJoinsStartsWhenItJoins() throws {
        var (state, order) = try invited()
        XCTAssertEqual(command("keep 1", in: &state), [], "nothing to watch yet")
        XCTAssertEqual(
            state.message?.text, "Boardroom → meeting 812 3456 7890: sending… · ⟳ kept once it joins (:unkeep 1)")
        XCTAssertEqual(Reducer.reduce(&state, .inviteProgressed(ticket: 1, .ringing(elapsed: 2))), [])
        XCTAssertEqual(Reducer.reduce(&state, .inviteProgressed(ticket: 1, joined)), [.keepRoom(ticket: 1, order)])
    }

    func testUnkeepCommandStopsAndKeepingEndsByItselfWithItsReason() throws {
        var (state, order) = try invited()
        _ = Reducer.reduce(&state, .inviteProgressed(ticket: 1, joined))
        XCTAssertEqual(command("keep 1", in: &state), [.keepRoom(ticket: 1, order)])
        XCTAssertEqual(command("keep 1", in: &state), [], "kept once")
        XCTAssertEqual(state.message?.text, "Boardroom is already kept (:unkeep 1 stops)")
        XCTAssertEqual(command("unkeep 1", in: &state), [.unkeepRoom(ticket: 1)])
        XCTAssertEqual(command("unkeep 1", in: &state), [], "no longer kept")
        XCTAssertEqual(state.message?.role, .error)

        XCTAssertEqual(command("keep 1", in: &state), [.keepRoom(ticket: 1, order)], "kept again")
        _ = Reducer.reduce(&state, .keepProgressed(ticket: 1, .ended("the meeting ended")))
        XCTAssertEqual(
            state.message?.text,
            "Boardroom → meeting 812 3456 7890: joined ✓ after 4 s · no longer kept: the meeting ended")
        XCTAssertEqual(command("unkeep 1", in: &state), [], "keeping already ended")
    }

    func testOnlyARoomThatJoinedIsKeptAndReadOnlyKeepsNothing() throws {
        var (state, _) = try invited()
        _ = Reducer.reduce(
            &state, .inviteProgressed(ticket: 1, .finished(InviteVerdict(outcome: .notJoined, reason: "no answer"))))
        XCTAssertEqual(command("keep 1", in: &state), [])
        XCTAssertEqual(state.message?.text, "Only a room that joined can be kept: Boardroom did not; invite it again")
        XCTAssertNil(state.invites[1]?.keep)
        XCTAssertEqual(command("keep 7", in: &state), [])
        XCTAssertEqual(state.message?.text, "Usage: :keep N, where N is a room invite (its line in the log)")

        var fresh = F.state()
        XCTAssertEqual(F.press([.character("K")], in: &fresh), [])
        XCTAssertEqual(fresh.message?.text, "No room invite to keep: invite a room first")

        state.settings.readOnly = true
        XCTAssertEqual(command("keep 1", in: &state), [])
        XCTAssertEqual(state.message?.text, "Read-only mode: kept rooms are disabled")
    }
}
