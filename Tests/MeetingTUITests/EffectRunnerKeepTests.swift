import Foundation
import MeetingKit
import XCTest
import ZoomSimulator

@testable import MeetingConsole

/// A room the console keeps, through the effect runner against the simulator: hung up on, it is
/// called again through the workflow (audited as a redial) and the console hears how it went.
extension EffectRunnerTests {
    func testAKeptRoomThatIsHungUpOnIsCalledAgainAndAudited() async throws {
        let auditLog = try makeAuditLog()
        // Short pauses and reads so the redial comes at once; the redial itself is RoomKeeper's.
        let (runner, stream) = await runner(
            as: .accountLevel, source: .serverToServer, auditLog: auditLog,
            keepPolicy: KeepPolicy(redials: 2, firstPause: 0.1, watchInterval: 0.2))
        let live = await simulator.liveMeetings()
        let meeting = try XCTUnwrap(live.first)
        let room = "sip:boardroom@rooms.example.com"
        let order = InviteOrder(
            meeting: MeetingTarget(reference: .id(meeting.id)),
            target: try RoomSystemAddress.parse(callType: .sip, input: room))
        runner.perform(.runInvite(ticket: 4, order))

        var kept: [KeepState] = []
        for await action in stream {
            switch action {
            case .inviteProgressed(4, .finished(let verdict)):
                XCTAssertEqual(verdict.outcome, .joined, verdict.reason)
                runner.perform(.keepRoom(ticket: 4, order))
            case .keepProgressed(4, let state):
                kept.append(state)
                if case .watching = state, kept.count == 1 {
                    let hungUp = await simulator.hangUp(meetingID: meeting.id, address: room)
                    XCTAssertTrue(hungUp, "the room was connected")
                }
            default:
                continue
            }
            if case .rejoined = kept.last { break }
        }
        runner.perform(.unkeepRoom(ticket: 4))

        XCTAssertEqual(
            kept, [.watching(redialsLeft: 2), .redialling(pause: 0.1, redialsLeft: 1), .rejoined(redialsLeft: 1)])
        let patches = await simulator.requestLog().filter { $0.method == "PATCH" }
        XCTAssertEqual(patches.count, 2, "the call-out and one redial")
        XCTAssertEqual(try auditLog.entries().map(\.action), ["room_system_callout", "room_system_redial"])
    }
}
