import Foundation
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Every `ZoomClient` endpoint against the simulator over real HTTP.
final class ZoomClientEndpointTests: XCTestCase {
    func testCurrentUserIsTheAppsUser() async throws {
        let harness = try await ClientHarness.start(for: self)
        let user = try await harness.client.currentUser()
        XCTAssertEqual(user.id, SimulatedApp.accountLevel.userID)
        XCTAssertEqual(user.accountID, SimulatedApp.accountLevel.accountID)
        let requests = await harness.requests("GET", "/users/me")
        XCTAssertEqual(requests.count, 1)
    }

    func testLiveMeetingsAreTheScheduledOnesTheUserHosts() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.meetingCount = 12 }, app: .userLevel, for: self)
        let meetings = try await harness.client.liveMeetings()
        let hosted = await harness.simulator.liveMeetings().filter {
            $0.hostID == SimulatedApp.userLevel.userID && $0.kind == .scheduled
        }
        XCTAssertFalse(hosted.isEmpty, "the simulated user hosts no meeting: the test proves nothing")
        XCTAssertEqual(Set(meetings.map(\.id)), Set(hosted.map(\.id)))
        XCTAssertEqual(Set(meetings.map(\.uuid)), Set(hosted.map(\.uuid)))
        let request = try await harness.firstRequest("GET", "/users/me/meetings")
        XCTAssertTrue(request.query.contains("type=live"), request.query)
    }

    func testAccountLiveMeetingsComeFromTheDashboard() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meetings = try await harness.client.accountLiveMeetings(from: Date(), to: Date())
        let simulated = await harness.simulator.liveMeetings()
        XCTAssertEqual(Set(meetings.map(\.id)), Set(simulated.map(\.id)))
        for meeting in simulated {
            let listed = try XCTUnwrap(meetings.first { $0.id == meeting.id })
            XCTAssertEqual(listed.topic, meeting.topic)
            XCTAssertEqual(listed.participantCount, meeting.participants.filter(\.isPresent).count)
        }
        let request = try await harness.firstRequest("GET", "/metrics/meetings")
        XCTAssertTrue(request.query.contains("type=live"), request.query)
    }

    func testParticipantsLeaveOutThoseWhoLeftAndKeepTheWaitingRoom() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.participantsPerMeeting = 12 }, for: self)
        let meeting = try await harness.liveMeeting("meeting with both people who left and a waiting room") { meeting in
            meeting.participants.contains { !$0.isPresent }
                && meeting.participants.contains { $0.status == .inWaitingRoom && $0.isPresent }
        }

        let present = try await harness.client.liveParticipants(of: .id(meeting.id))
        XCTAssertEqual(
            Set(present.compactMap(\.participantUUID)),
            Set(meeting.participants.filter(\.isPresent).map(\.participantUUID)))
        XCTAssertTrue(present.allSatisfy(\.isPresent))
        XCTAssertEqual(
            present.filter { $0.status == .inWaitingRoom }.count,
            meeting.participants.filter { $0.isPresent && $0.status == .inWaitingRoom }.count)

        let everyone = try await harness.client.liveParticipants(of: .id(meeting.id), includeLeft: true)
        XCTAssertEqual(everyone.count, meeting.participants.count)
    }

    func testEveryInMeetingEventIsSentAsZoomDocumentsIt() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting("meeting without recording") { $0.recording == .off }
        let sip = InMeetingEvent.RoomSystemCallout(
            callType: .sip, deviceAddress: "sip:boardroom@rooms.example.com", fromDisplayName: "Operations",
            toDisplayName: "Board Room", fromURI: "sip:ops@example.com",
            additionalHeaders: [.init(key: "X-Ticket", value: "42")])
        let h323 = InMeetingEvent.RoomSystemCallout(
            callType: .h323, deviceAddress: "192.0.2.10", fromDisplayName: "Operations",
            toDisplayName: "Lab")
        let cases: [(InMeetingEvent, String)] = [
            (.recording(.start), #"{"method":"recording.start"}"#),
            (.recording(.pause), #"{"method":"recording.pause"}"#),
            (.recording(.resume), #"{"method":"recording.resume"}"#),
            (.recording(.stop), #"{"method":"recording.stop"}"#),
            (
                .inviteContacts([.email("ana@example.com"), .userID("u-77")]),
                #"{"method":"participant.invite","params":{"contacts":[{"email":"ana@example.com"},{"id":"u-77"}]}}"#
            ),
            (
                .phoneCallout(.init(inviteeName: "Ana", phoneNumber: "+14155550100", requirePressingOne: false)),
                #"{"method":"participant.invite.callout","params":{"invite_options":{"require_greeting":true,"require_pressing_one":false},"invitee_name":"Ana","phone_number":"+14155550100"}}"#
            ),
            (
                .roomSystemCallout(sip),
                #"{"method":"participant.invite.room_system_callout","params":{"call_type":"sip","device_ip":"sip:boardroom@rooms.example.com","sip_headers":{"additional_headers":[{"key":"X-Ticket","value":"42"}],"from_display_name":"Operations","from_uri":"sip:ops@example.com","to_display_name":"Board Room"}}}"#
            ),
            (
                .roomSystemCallout(h323),
                #"{"method":"participant.invite.room_system_callout","params":{"call_type":"h323","device_ip":"192.0.2.10","h323_headers":{"from_display_name":"Operations","to_display_name":"Lab"}}}"#
            ),
            (
                .updateWaitingRoom(title: "Please wait", description: "The host lets you in shortly."),
                #"{"method":"waiting_room.update","params":{"waiting_room_description":"The host lets you in shortly.","waiting_room_title":"Please wait"}}"#
            ),
        ]
        for (event, _) in cases {
            try await harness.client.send(event, to: .id(meeting.id))
        }

        let sent = await harness.requests("PATCH", "/live_meetings/\(meeting.id)/events")
        XCTAssertEqual(sent.map(\.status), Array(repeating: 202, count: cases.count))
        XCTAssertEqual(sent.map { Self.canonicalJSON($0.body) }, cases.map { Self.canonicalJSON(Data($0.1.utf8)) })

        let after = try await harness.liveMeeting("meeting after the events") { $0.id == meeting.id }
        XCTAssertEqual(after.waitingRoomTitle, "Please wait")
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(
            callouts.map(\.method),
            [
                "participant.invite.callout", "participant.invite.room_system_callout",
                "participant.invite.room_system_callout",
            ])
        XCTAssertEqual(callouts.map(\.callType), [nil, "sip", "h323"])
        XCTAssertEqual(callouts.map(\.address), ["+14155550100", "sip:boardroom@rooms.example.com", "192.0.2.10"])
        XCTAssertEqual(callouts[1].additionalHeaders.map(\.key), ["X-Ticket"])
    }

    func testEndingAMeetingPutsTheEndAction() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        try await harness.client.endMeeting(.id(meeting.id))

        let request = try await harness.firstRequest("PUT", "/meetings/\(meeting.id)/status")
        XCTAssertEqual(Self.canonicalJSON(request.body), #"{"action":"end"}"#)
        let stillLive = await harness.simulator.liveMeetings().contains { $0.id == meeting.id }
        XCTAssertFalse(stillLive)
    }

    func testRoomSystemDevicesAreListed() async throws {
        let harness = try await ClientHarness.start(for: self)
        let devices = try await harness.client.roomSystemDevices()
        XCTAssertFalse(devices.isEmpty)
        XCTAssertTrue(devices.allSatisfy { !$0.name.isEmpty && !$0.address.isEmpty })
        let requests = await harness.requests("GET", "/h323/devices")
        XCTAssertEqual(requests.count, 1)
    }

    // MARK: - Pagination and addressing

    func testEveryPageIsFetched() async throws {
        let configuration = ClientHarness.configuration {
            $0.meetingCount = 700
            $0.participantsPerMeeting = 2
        }
        let harness = try await ClientHarness.start(configuration, for: self)
        let meetings = try await harness.client.accountLiveMeetings(from: Date(), to: Date())
        XCTAssertEqual(meetings.count, 700)
        XCTAssertEqual(Set(meetings.map(\.id)).count, 700)
        let pages = await harness.requests("GET", "/metrics/meetings")
        XCTAssertEqual(pages.count, 3)
        XCTAssertTrue(pages.allSatisfy { $0.query.contains("page_size=300") })
        XCTAssertFalse(pages[0].query.contains("next_page_token"))
        XCTAssertTrue(pages[1].query.contains("next_page_token="))
    }

    func testUUIDWithSlashesIsEncodedTwice() async throws {
        let harness = try await ClientHarness.start(ClientHarness.configuration { $0.meetingCount = 40 }, for: self)
        let meeting = try await harness.liveMeeting("UUID needing double encoding") {
            $0.uuid.hasPrefix("/") || $0.uuid.contains("//")
        }
        let participants = try await harness.client.liveParticipants(of: .uuid(meeting.uuid))
        XCTAssertEqual(
            Set(participants.compactMap(\.participantUUID)),
            Set(meeting.participants.filter(\.isPresent).map(\.participantUUID)))
        let request = try await harness.firstRequest("GET", "/metrics/meetings/")
        XCTAssertTrue(request.path.contains("%252F"), request.path)
        XCTAssertEqual(request.status, 200)
    }

    // MARK: - Errors

    func testMissingScopesAreNamed() async throws {
        let harness = try await ClientHarness.start(app: .userLevel, for: self)
        do {
            _ = try await harness.client.accountLiveMeetings(from: Date(), to: Date())
            XCTFail("a user-level app read the Dashboard")
        } catch let ZoomAPIError.missingScopes(status, code, missing, _) {
            XCTAssertEqual(status, 400)
            XCTAssertEqual(code, 4711)
            XCTAssertTrue(missing.contains("dashboard_meetings:read:admin"), "\(missing)")
        }
    }

    func testUnknownMeetingIsNotFound() async throws {
        let harness = try await ClientHarness.start(for: self)
        do {
            _ = try await harness.client.liveParticipants(of: .id(99_999_999_999))
            XCTFail("participants of a meeting that does not exist")
        } catch let error as ZoomAPIError {
            guard case .zoom(let status, let code, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(status, 404)
            XCTAssertEqual(code, 3001)
        }
    }

    func testEventForAMeetingSomeoneElseHostsIsRefused() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.meetingCount = 8 }, app: .userLevel, for: self)
        let meeting = try await harness.liveMeeting("meeting hosted by someone else") {
            $0.hostID != SimulatedApp.userLevel.userID
        }
        do {
            try await harness.client.send(.recording(.start), to: .id(meeting.id))
            XCTFail("a user-level app controlled a meeting it does not host")
        } catch let error as ZoomAPIError {
            XCTAssertEqual(error.zoomCode, 3003, "\(error)")
        }
    }

    // MARK: - Helpers

    /// JSON text with sorted keys, for comparing bodies regardless of key order.
    private static func canonicalJSON(_ data: Data) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: data),
            let text = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else {
            return String(decoding: data, as: UTF8.self)
        }
        return String(decoding: text, as: UTF8.self)
    }
}
