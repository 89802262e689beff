import Foundation
import XCTest
import ZoomSimulator

/// The simulator driven in-process, as `meeting-tui --demo` drives it: no server, the same answers.
final class InProcessTests: XCTestCase {
    private func request(_ method: String, _ path: String, token: String, body: String = "") -> IncomingRequest {
        IncomingRequest(
            method: method, rawPath: path, rawQuery: "",
            headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
            body: Data(body.utf8))
    }

    func testAnswersAndRecordsWithoutAServer() async throws {
        let simulator = ZoomSimulator()
        XCTAssertEqual(simulator.apiBaseURL.absoluteString, "http://127.0.0.1/v2")
        let token = await simulator.issueToken(for: .accountLevel)
        let ids = await simulator.liveMeetingIDs()
        let meeting = try XCTUnwrap(ids.first)

        let callout =
            #"{"method":"participant.invite.room_system_callout","params":{"call_type":"sip","device_ip":"sip:lab@rooms.example.com"}}"#
        let accepted = await simulator.respond(
            to: request("PATCH", "/v2/live_meetings/\(meeting)/events", token: token, body: callout))
        XCTAssertEqual(accepted?.status, 202)

        let placed = await simulator.callouts()
        XCTAssertEqual(placed.map(\.address), ["sip:lab@rooms.example.com"])
        XCTAssertEqual(placed.first?.disposition, .accepted)
        let log = await simulator.requestLog()
        XCTAssertEqual(log.map(\.path), ["/v2/live_meetings/\(meeting)/events"])
        XCTAssertEqual(log.first?.status, 202)
    }

    func testBodyValidationTellsBooleansFromNumbers() async throws {
        let simulator = ZoomSimulator()
        let token = await simulator.issueToken(for: .accountLevel)
        let ids = await simulator.liveMeetingIDs()
        let meeting = try XCTUnwrap(ids.first)
        let path = "/v2/live_meetings/\(meeting)/events"

        let number =
            #"{"method":"participant.invite.callout","params":{"phone_number":"+14155550100","invite_options":{"require_greeting":1}}}"#
        let refused = await simulator.respond(to: request("PATCH", path, token: token, body: number))
        XCTAssertEqual(refused?.status, 400)
        let boolean =
            #"{"method":"participant.invite.callout","params":{"phone_number":"+14155550100","invite_options":{"require_greeting":true}}}"#
        let accepted = await simulator.respond(to: request("PATCH", path, token: token, body: boolean))
        XCTAssertEqual(accepted?.status, 202)
        let notAnObject = await simulator.respond(to: request("PATCH", path, token: token, body: "[1]"))
        XCTAssertEqual(notAnObject?.status, 400)
    }

    func testAFaultWithoutAnswerIsNil() async throws {
        let simulator = ZoomSimulator()
        await simulator.setFaults(FaultConfiguration(dropBeforeProcessingRate: 1))
        let token = await simulator.issueToken(for: .accountLevel)
        let answer = await simulator.respond(to: request("GET", "/v2/users/me", token: token))
        XCTAssertNil(answer)
        let log = await simulator.requestLog()
        XCTAssertEqual(log.first?.note, "dropped before processing")
        XCTAssertNil(log.first?.status)
    }
}
