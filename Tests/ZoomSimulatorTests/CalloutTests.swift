import Foundation
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

final class CalloutTests: XCTestCase {
    private let http = LoopbackHTTP()
    private let sipCallout =
        #"{"method":"participant.invite.room_system_callout","params":{"call_type":"sip","device_ip":"sip:lab@rooms.example.com","sip_headers":{"to_display_name":"Lab Room"}}}"#

    func testUserLevelRoomSystemCalloutIsAcceptedAndSilentlyDropped() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .userLevel)
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first { $0.hostID == SimulatedApp.userLevel.userID })

            let answer = try await http.api(
                "PATCH", simulator.apiBaseURL.adding("/live_meetings/\(meeting.id)/events"),
                token: token, json: sipCallout)

            XCTAssertEqual(answer.status, 202)
            XCTAssertTrue(answer.body.isEmpty)
            let callouts = await simulator.callouts()
            let callout = try XCTUnwrap(callouts.first)
            XCTAssertEqual(
                callout.disposition,
                .dropped(
                    reason:
                        "missing an admin-level scope (meeting:update:in_meeting_controls:admin, meeting:write:admin, meeting:master)"
                ))
            XCTAssertFalse(callout.joined)
            let log = await simulator.requestLog().last
            XCTAssertEqual(
                log?.note,
                "callout dropped: missing an admin-level scope (meeting:update:in_meeting_controls:admin, meeting:write:admin, meeting:master)"
            )
            XCTAssertEqual(log?.appClientID, SimulatedApp.userLevel.clientID)
        }
    }

    func testTokenWithoutAnyMeetingWriteScopeGets4711() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .userLevel, scopes: ["meeting:read", "user:read"])
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first)

            let answer = try await http.api(
                "PATCH", simulator.apiBaseURL.adding("/live_meetings/\(meeting.id)/events"),
                token: token, json: sipCallout)

            XCTAssertEqual(answer.status, 400)
            XCTAssertEqual(answer.json["code"] as? Int, 4711)
            XCTAssertTrue(
                (answer.json["message"] as? String ?? "").hasPrefix("Invalid access token, does not contain scopes:["))
            let callouts = await simulator.callouts()
            XCTAssertTrue(callouts.isEmpty)
        }
    }

    func testAccountLevelSIPCalloutJoinsAfterRinging() async throws {
        let clock = ManualClock()
        var configuration = SimulatorConfiguration()
        configuration.ringSeconds = 0.2
        configuration.clock = clock
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first)

            let answer = try await http.api(
                "PATCH", simulator.apiBaseURL.adding("/live_meetings/\(meeting.id)/events"),
                token: token, json: sipCallout)
            XCTAssertEqual(answer.status, 202)
            let placed = await simulator.callouts()
            let ringing = try XCTUnwrap(placed.first)
            XCTAssertEqual(ringing.disposition, .accepted)
            XCTAssertEqual(ringing.outcome, .ringing)

            clock.advance(by: 0.1)
            let stillRinging = await simulator.callouts()
            XCTAssertEqual(stillRinging.first?.outcome, .ringing, "answered before the ring time")
            clock.advance(by: 0.1)
            let callouts = await simulator.callouts()
            let callout = try XCTUnwrap(callouts.first)
            guard case .joined(let uuid, .inMeeting) = callout.outcome else {
                return XCTFail("not joined: \(callout.outcome)")
            }
            let participants = try await http.api(
                "GET",
                simulator.apiBaseURL.adding("/metrics/meetings/\(meeting.id)/participants?type=live&page_size=300"),
                token: token)
            let room = try XCTUnwrap(
                (participants.json["participants"] as? [[String: Any]])?.first {
                    $0["participant_uuid"] as? String == uuid
                })
            XCTAssertEqual(room["user_name"] as? String, "Lab Room")
            XCTAssertEqual(room["device"] as? String, "H.323/SIP")
            XCTAssertEqual(room["sip_uri"] as? String, "sip:lab@rooms.example.com")
            XCTAssertEqual(room["status"] as? String, "in_meeting")
        }
    }

    func testInvalidCalloutBodyIsRefusedWithCode300() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let meetings = await simulator.liveMeetings()
            let meeting = try XCTUnwrap(meetings.first)
            let body =
                #"{"method":"participant.invite.room_system_callout","params":{"call_type":"sip","device_ip":"sip:a@b","sip_headers":{"from_uri":"tel:123"}}}"#

            let answer = try await http.api(
                "PATCH", simulator.apiBaseURL.adding("/live_meetings/\(meeting.id)/events"),
                token: token, json: body)

            XCTAssertEqual(answer.status, 400)
            XCTAssertEqual(answer.json["code"] as? Int, 300)
            let callouts = await simulator.callouts()
            XCTAssertTrue(callouts.isEmpty)
        }
    }
}
