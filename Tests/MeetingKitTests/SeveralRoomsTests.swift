import Foundation
import MeetingKit
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Several rooms in one invite against the simulator over loopback: one call-out per room, spaced
/// within the Medium label, each verified on its own; a room listed twice is refused before anything is sent.
final class SeveralRoomsTests: XCTestCase {
    private let adminScopes = GrantedScopes.known(Set(SimulatedApp.accountLevel.scopes))

    private func request(_ meeting: SimulatedMeeting, _ callType: RoomSystemCallType, _ address: String) throws
        -> InviteRequest
    {
        InviteRequest(
            meeting: .id(meeting.id), target: try RoomSystemAddress.parse(callType: callType, input: address),
            timeout: 2)
    }

    func testCallOutsAreSpacedByOneConsolesShareOfTheMediumLabel() async throws {
        XCTAssertEqual(PollingBudget.secondsBetweenCallouts, 2, "a quarter of Medium's 2 a second")
        // Time stands still until all three have been given their moment.
        let clock = ManualClock(mode: .waitsForAdvance)
        let pacer = CalloutPacer(clock: clock)
        async let turns: Void = withTaskGroup(of: Void.self) { group in
            for _ in 0..<3 { group.addTask { try? await pacer.waitForTurn() } }
        }
        let asked = await clock.waitForSleeps(3)
        XCTAssertTrue(asked, "the three callers did not all wait for their turn")
        clock.advance(by: 4)
        await turns
        let waits = clock.sleeps.sorted()
        XCTAssertEqual(waits.count, 3)
        XCTAssertEqual(waits[0], 0, accuracy: 0.2)
        XCTAssertEqual(waits[1], 2, accuracy: 0.2)
        XCTAssertEqual(waits[2], 4, accuracy: 0.2)
    }

    func testThreeRoomsGetOneCallOutEachAndTheirOwnOutcome() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.unreachableAddresses = ["sip:annex@rooms.example.com"] }, for: self)
        let meeting = try await harness.liveMeeting()
        let workflow = InviteWorkflow(
            client: harness.client, scopes: adminScopes, clock: harness.clock, pollInterval: 0.1)
        let batch = try RoomBatch([
            try request(meeting, .sip, "boardroom@rooms.example.com"),
            try request(meeting, .sip, "annex@rooms.example.com"),
            try request(meeting, .h323, "10.20.30.40"),
        ])
        // The pacer's time stands still until all three rooms have been given their moment.
        let clock = ManualClock(mode: .waitsForAdvance)
        async let running = batch.run(with: workflow, pacer: CalloutPacer(clock: clock))
        let asked = await clock.waitForSleeps(3)
        XCTAssertTrue(asked, "the three rooms did not all wait for their turn")
        clock.advance(by: 4)
        let reports = await running

        XCTAssertEqual(
            reports.map(\.outcome), [.joined, .notJoined, .joined], reports.map(\.reason).joined(separator: "; "))
        XCTAssertEqual(
            reports.map(\.target.address),
            ["sip:boardroom@rooms.example.com", "sip:annex@rooms.example.com", "10.20.30.40"])
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertEqual(patches.count, 3, "one call-out per room")
        XCTAssertEqual(clock.sleeps.sorted().last ?? 0, 4, accuracy: 0.2, "the third call-out waits two turns")
    }

    func testARoomListedTwiceIsRefusedBeforeAnythingIsSent() throws {
        let meeting = SimulatedMeetingReference.sample
        let first = try RoomSystemAddress.parse(callType: .sip, input: "sip:boardroom@rooms.example.com")
        let again = try RoomSystemAddress.parse(callType: .sip, input: "Boardroom@Rooms.Example.com")
        XCTAssertThrowsError(
            try RoomBatch([
                InviteRequest(meeting: meeting, target: first), InviteRequest(meeting: meeting, target: again),
            ])
        ) { error in
            XCTAssertEqual("\(error)", "SIP sip:Boardroom@rooms.example.com is listed twice; each room is called once")
        }
        XCTAssertThrowsError(try RoomBatch([]))
    }
}

/// A meeting reference for checks that never reach Zoom.
private enum SimulatedMeetingReference {
    static let sample = MeetingReference.id(85_746_065_432)
}
