import Foundation
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// A call-out whose answer is lost must reach Zoom once. libcurl resends a request by itself when a
/// reused connection turns out closed before any answer byte; the soak found that this placed
/// call-outs twice when Zoom processed the first copy and the connection then dropped.
final class NoSilentResendTests: XCTestCase {
    func testCalloutOnAReusedConnectionIsNotResentWhenTheAnswerIsLost() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let transport = CurlTransport()
        let token = try await harness.tokens.currentToken()
        let authorization = ["Authorization": "Bearer \(token.value.exposedValue)"]
        // Open a kept-alive connection with a harmless read.
        let warmUp = try await transport.send(
            HTTPRequest(
                method: .get, url: harness.simulator.apiBaseURL.appendingPathComponent("users/me"),
                headers: authorization))
        XCTAssertEqual(warmUp.status, 200)

        await harness.simulator.setFaults(FaultConfiguration(dropAfterProcessingRate: 1))
        let body = InMeetingEvent.roomSystemCallout(.init(callType: .sip, deviceAddress: "sip:once@rooms.example.com"))
            .requestBody()
        do {
            let answer = try await transport.send(
                HTTPRequest(
                    method: .patch,
                    url: harness.simulator.apiBaseURL.appendingPathComponent("live_meetings/\(meeting.id)/events"),
                    headers: authorization.merging(["Content-Type": "application/json"]) { $1 }, body: body))
            XCTFail("the connection was dropped, yet an answer came: \(answer.status)")
        } catch let error as TransportError {
            XCTAssertFalse(
                error.certainlyNotProcessed, "Zoom processed it: the failure must be ambiguous, got \(error)")
        }
        let patches = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertEqual(patches.count, 1, "the call-out was sent \(patches.count) times")
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
    }
}
