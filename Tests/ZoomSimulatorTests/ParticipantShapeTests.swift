import Foundation
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// The simulator's participants and in-meeting events as Zoom documents them (docs/zoom-api.md,
/// "Participants of a live meeting"): the `device` enum, `audio_call` objects, `participant_user_id`,
/// `in_room_participants`, Contact URIs that differ from the address dialled, the documented methods,
/// limits and error codes.
final class ParticipantShapeTests: XCTestCase {
    private let http = LoopbackHTTP()

    private static func configuration(_ adjust: (inout SimulatorConfiguration) -> Void = { _ in })
        -> SimulatorConfiguration
    {
        var configuration = SimulatorConfiguration()
        configuration.ringSeconds = 0
        configuration.rateLimitsEnabled = false
        adjust(&configuration)
        return configuration
    }

    private func event(_ simulator: ZoomSimulator, _ meeting: Int64, _ json: String) async throws -> (
        status: Int, json: [String: Any]
    ) {
        let token = await simulator.issueToken(for: .accountLevel)
        let answer = try await http.api(
            "PATCH", simulator.apiBaseURL.adding("/live_meetings/\(meeting)/events"), token: token, json: json)
        return (answer.status, answer.json)
    }

    private func participants(_ simulator: ZoomSimulator, _ meeting: Int64) async throws -> [[String: Any]] {
        let token = await simulator.issueToken(for: .accountLevel)
        let answer = try await http.api(
            "GET", simulator.apiBaseURL.adding("/metrics/meetings/\(meeting)/participants?type=live&page_size=300"),
            token: token)
        return try XCTUnwrap(answer.json["participants"] as? [[String: Any]])
    }

    func testParticipantsCarryZoomsDocumentedFields() async throws {
        try await ZoomSimulator.withRunning(Self.configuration()) { simulator in
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first { $0.participants.contains { $0.device == "H.323/SIP" } })
            let phone =
                #"{"method":"participant.invite.callout","params":{"invitee_name":"Desk","phone_number":"+16032331333-156"}}"#
            let sent = try await event(simulator, meeting.id, phone)
            XCTAssertEqual(sent.status, 202)

            let listed = try await participants(simulator, meeting.id)
            let documented: Set<String> = ["Phone", "H.323/SIP", "Windows", "Mac", "iOS", "Android"]
            XCTAssertEqual(Set(listed.compactMap { $0["device"] as? String }).subtracting(documented), [])
            XCTAssertTrue(
                listed.allSatisfy { $0["participant_user_id"] is String && $0["audio_call"] is [Any] }, "\(listed)")
            let host = try XCTUnwrap(listed.first)
            XCTAssertEqual(host["participant_user_id"] as? String, meeting.hostID)

            let room = try XCTUnwrap(listed.first { $0["device"] as? String == "H.323/SIP" })
            XCTAssertEqual(room["in_room_participants"] as? Int, 6)
            let desk = try XCTUnwrap(listed.first { $0["user_name"] as? String == "Desk" })
            XCTAssertEqual(desk["device"] as? String, "Phone")
            let calls = try XCTUnwrap(desk["audio_call"] as? [[String: String]])
            XCTAssertEqual(
                calls, [["call_number": "+16032331333-156", "call_type": "call-out", "zoom_number": "+16465588656"]])
        }
    }

    func testRoomSystemsReportContactURIsThatDifferFromTheAddressDialled() async throws {
        try await ZoomSimulator.withRunning(Self.configuration()) { simulator in
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first)
            for user in ["first", "second", "third"] {
                let callout =
                    #"{"method":"participant.invite.room_system_callout","params":{"call_type":"sip","device_ip":"sip:\#(user)@rooms.example.com"}}"#
                let sent = try await event(simulator, meeting.id, callout)
                XCTAssertEqual(sent.status, 202)
            }
            let listed = try await participants(simulator, meeting.id)
            let contacts = listed.filter { ($0["user_name"] as? String)?.hasSuffix("@rooms.example.com") == true }
                .compactMap { $0["sip_uri"] as? String }
            XCTAssertEqual(
                contacts,
                [
                    "sip:first@rooms.example.com", "sip:second@203.0.113.2:5061;transport=tls",
                    "sip:third@rooms.example.com;transport=tcp",
                ])
        }
    }

    func testLookalikeAddressBringsALaptopCarryingTheRoomsName() async throws {
        try await ZoomSimulator.withRunning(
            Self.configuration { $0.lookalikeAddresses = ["sip:boardroom@rooms.example.com"] }
        ) { simulator in
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first)
            let callout =
                #"{"method":"participant.invite.room_system_callout","params":{"call_type":"sip","device_ip":"sip:boardroom@rooms.example.com","sip_headers":{"to_display_name":"Boardroom"}}}"#
            let sent = try await event(simulator, meeting.id, callout)
            XCTAssertEqual(sent.status, 202)
            let listed = try await participants(simulator, meeting.id)
            let lookalike = try XCTUnwrap(listed.first { $0["user_name"] as? String == "Boardroom" })
            XCTAssertEqual(lookalike["device"] as? String, "Windows")
            XCTAssertNil(lookalike["sip_uri"])
            let callouts = await simulator.callouts()
            XCTAssertEqual(callouts.first?.joined, false)
        }
    }

    func testDocumentedMethodsLimitsAndErrorCodes() async throws {
        try await ZoomSimulator.withRunning(Self.configuration()) { simulator in
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first).id
            let remove = try await event(
                simulator, meeting, #"{"method":"participant.remove","params":{"participant_uuid":"x"}}"#)
            XCTAssertEqual(remove.status, 400, "Zoom documents no participant.remove")
            XCTAssertEqual(remove.json["code"] as? Int, 300)
            for method in ["ai_companion.start", "ai_companion.stop", "ai_companion.disable"] {
                let answer = try await event(
                    simulator, meeting, #"{"method":"\#(method)","params":{"ai_companion_mode":"summary"}}"#)
                XCTAssertEqual(answer.status, 202, method)
            }
            let badMode = try await event(
                simulator, meeting, #"{"method":"ai_companion.start","params":{"ai_companion_mode":"everything"}}"#)
            XCTAssertEqual(badMode.json["code"] as? Int, 300)

            let key33 = "X-" + String(repeating: "k", count: 31)
            let longName = String(repeating: "n", count: 65)
            let beyond = [
                #"{"method":"participant.invite.room_system_callout","params":{"call_type":"sip","device_ip":"sip:a@b.example","sip_headers":{"additional_headers":[{"key":"\#(key33)","value":"1"}]}}}"#,
                #"{"method":"participant.invite.room_system_callout","params":{"call_type":"h323","device_ip":"192.0.2.1","h323_headers":{"to_display_name":"\#(longName)"}}}"#,
                #"{"method":"participant.invite.callout","params":{"phone_number":"+14155550100","invite_options":{"require_pressing_one":1}}}"#,
            ]
            for body in beyond {
                let answer = try await event(simulator, meeting, body)
                XCTAssertEqual(answer.status, 400, body)
                XCTAssertEqual(answer.json["code"] as? Int, 300, body)
            }
            let repeated = try await event(simulator, meeting, #"{"method":"recording.stop"}"#)
            XCTAssertEqual(repeated.json["code"] as? Int, 300, "stopping a recording that is not running")
            let callouts = await simulator.callouts()
            XCTAssertTrue(callouts.isEmpty)
        }
    }

    func testRecordingWithoutCloudStorageIs3309() async throws {
        try await ZoomSimulator.withRunning(Self.configuration { $0.plan = .free }) { simulator in
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first).id
            let answer = try await event(simulator, meeting, #"{"method":"recording.start"}"#)
            XCTAssertEqual(answer.status, 400)
            XCTAssertEqual(answer.json["code"] as? Int, 3309)
        }
    }
}
