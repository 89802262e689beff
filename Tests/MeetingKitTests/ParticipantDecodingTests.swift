import Foundation
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Participants as Zoom's Dashboard lists them today (device enum, `audio_call` objects,
/// `participant_user_id`, `in_room_participants`), read through the real client, and read tolerantly
/// when a field has another shape.
final class ParticipantDecodingTests: XCTestCase {
    func testTheSimulatorsParticipantsDecodeWithZoomsCurrentFields() async throws {
        let harness = try await ClientHarness.start(ClientHarness.configuration { $0.ringSeconds = 0 }, for: self)
        let meeting = try await harness.liveMeeting("meeting with a room system") {
            $0.participants.contains { $0.device == "H.323/SIP" }
        }
        let call = try CalloutDetails.phoneCallout(number: "+1 603 233 1333-156", name: "Desk")
        try await harness.client.send(.phoneCallout(call), to: .id(meeting.id))

        let participants = try await harness.client.liveParticipants(of: .id(meeting.id))
        let host = try XCTUnwrap(participants.first)
        XCTAssertEqual(host.participantUserID, meeting.hostID)
        XCTAssertFalse(host.isRoomSystem)
        let room = try XCTUnwrap(participants.first { $0.device == Participant.roomSystemDevice })
        XCTAssertTrue(room.isRoomSystem)
        XCTAssertEqual(room.inRoomParticipants, 6)
        XCTAssertNil(room.participantUserID, "a device has no account user")
        let desk = try XCTUnwrap(participants.first { $0.name == "Desk" })
        XCTAssertEqual(desk.device, "Phone")
        XCTAssertEqual(
            desk.audioCalls,
            [AudioCall(callNumber: "+16032331333-156", callType: "call-out", zoomNumber: "+16465588656")])
    }

    func testOtherShapesOfTheNewFieldsAreReadTolerantly() throws {
        let json = #"""
            {"user_name": "Lobby", "device": "SIP", "participant_user_id": "", "in_room_participants": "3",
             "audio_call": ["+14155550100", {"call_number": "+14155550101"}, 42]}
            """#
        let participant = try JSONDecoder().decode(Participant.self, from: Data(json.utf8))
        XCTAssertTrue(participant.isRoomSystem, "the older device name SIP is read as a room system")
        XCTAssertNil(participant.participantUserID)
        XCTAssertEqual(participant.inRoomParticipants, 3)
        XCTAssertEqual(participant.audioCalls.map(\.callNumber), ["+14155550100", "+14155550101"])
    }
}
