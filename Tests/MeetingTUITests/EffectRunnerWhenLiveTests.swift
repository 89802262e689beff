import Foundation
import MeetingKit
import MeetingTestSupport
import XCTest
import ZoomSimulator

@testable import MeetingConsole

/// The console's call-outs set up before the meeting starts, and its dial-in key, through the
/// effect runner against the simulator.
extension EffectRunnerTests {
    func testAWaitingInviteCancelledByTheOperatorSendsNothingAndSaysSo() async throws {
        // The wait for the start pauses until cancelled: time stands still for it.
        let (runner, stream) = await runner(
            as: .accountLevel, source: .serverToServer, clock: ManualClock(mode: .waitsForAdvance))
        let upcoming = await simulator.upcomingMeetings()
        let meeting = try XCTUnwrap(upcoming.first)
        var order = InviteOrder(
            meeting: MeetingTarget(reference: .id(meeting.id)),
            target: try RoomSystemAddress.parse(callType: .sip, input: "sip:board@rooms.example.com"))
        order.whenLive = true
        runner.perform(.runInvite(ticket: 7, order))

        var verdict: InviteVerdict?
        for await action in stream {
            guard case .inviteProgressed(7, let stage) = action else { continue }
            if case .waitingForStart = stage { runner.perform(.cancelInvite(ticket: 7)) }
            if case .finished(let finished) = stage {
                verdict = finished
                break
            }
        }
        XCTAssertEqual(verdict?.outcome, .refused)
        XCTAssertEqual(
            verdict?.reason,
            "Cancelled before meeting \(MeetingReference.grouped(meeting.id)) started; nothing was sent")
        let patches = await simulator.requestLog().filter { $0.method == "PATCH" }
        XCTAssertTrue(patches.isEmpty)
    }

    func testTheDialInAddressComesBackAsAnActionOrWhyNot() async throws {
        let meetings = await simulator.liveMeetings()
        let target = MeetingTarget(reference: .id(try XCTUnwrap(meetings.first).id))
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        runner.perform(.loadDialIn(target))
        guard case .dialInLoaded(let meeting, let address, _) = await next(stream) else { return XCTFail("no address") }
        XCTAssertEqual(meeting, target)
        XCTAssertTrue(address.uri.hasSuffix("@zoomcrc.com"), address.uri)
        XCTAssertEqual(address.expiresIn, 7200)

        let (userRunner, userStream) = await self.runner(as: .userLevel, source: .userOAuth)
        userRunner.perform(.loadDialIn(target))
        guard case .dialInFailed(_, let reason) = await next(userStream) else {
            return XCTFail("the user-level app lacks the scope")
        }
        XCTAssertTrue(reason.hasPrefix("SIP address for a room to dial in needs meeting:write:sip_dialing"), reason)
    }

    func testAMeetingThatHasNotStartedSaysHowToSetACallOutUpForIt() async throws {
        let (runner, stream) = await runner(as: .accountLevel, source: .serverToServer)
        let upcoming = await simulator.upcomingMeetings()
        let meeting = try XCTUnwrap(upcoming.first)
        runner.perform(.checkMeeting(.id(meeting.id)))
        guard case .meetingChecked(_, .refused(let reason)) = await next(stream) else { return XCTFail("not refused") }
        XCTAssertEqual(
            reason,
            "meeting \(MeetingReference.grouped(meeting.id)) (\(meeting.topic)) has not started yet (Zoom says \"waiting\"); "
                + "try again once the host starts it; or set a call-out up for its start: :when-live \(meeting.id) ADDRESS"
        )
    }
}
