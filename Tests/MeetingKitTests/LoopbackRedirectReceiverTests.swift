import Foundation
import XCTest
@testable import MeetingKit

final class LoopbackRedirectReceiverTests: XCTestCase {
    private func get(_ receiver: LoopbackRedirectReceiver, _ target: String) async throws -> HTTPResponse {
        try await CurlTransport().send(HTTPRequest(method: .get, url: URL(string: "http://127.0.0.1:\(receiver.port)\(target)")!))
    }

    func testDeliversTheCodeAndAnswersAPage() async throws {
        let receiver = try LoopbackRedirectReceiver()
        XCTAssertEqual(receiver.redirectURI, "http://127.0.0.1:\(receiver.port)/oauth/callback")
        async let code = receiver.waitForCode(state: "s-1", timeout: 20)
        let stray = try await get(receiver, "/favicon.ico")
        XCTAssertEqual(stray.status, 404)
        let answer = try await get(receiver, "/oauth/callback?code=abc%2Bdef&state=s-1")
        XCTAssertEqual(answer.status, 200)
        XCTAssertTrue(String(decoding: answer.body, as: UTF8.self).contains("signed in"))
        let received = try await code
        XCTAssertEqual(received.exposedValue, "abc+def")
    }

    func testRefusesAForeignState() async throws {
        let receiver = try LoopbackRedirectReceiver()
        async let code = receiver.waitForCode(state: "expected", timeout: 20)
        let answer = try await get(receiver, "/oauth/callback?code=abc&state=other")
        XCTAssertEqual(answer.status, 400)
        do {
            _ = try await code
            XCTFail("a foreign state was accepted")
        } catch {
            XCTAssertEqual(error as? LoopbackRedirectError, .stateMismatch)
        }
    }

    func testReportsADeniedAuthorization() async throws {
        let receiver = try LoopbackRedirectReceiver()
        async let code = receiver.waitForCode(state: "s", timeout: 20)
        _ = try await get(receiver, "/oauth/callback?error=access_denied&state=s")
        do {
            _ = try await code
            XCTFail("a denial gave a code")
        } catch {
            XCTAssertEqual(error as? LoopbackRedirectError, .denied(error: "access_denied", reason: nil))
        }
    }

    func testTimesOutAndClosesTheListener() async throws {
        let receiver = try LoopbackRedirectReceiver()
        do {
            _ = try await receiver.waitForCode(state: "s", timeout: 0.2)
            XCTFail("no redirect arrived, yet a code was returned")
        } catch {
            XCTAssertEqual(error, .timedOut(seconds: 1))
        }
        do {
            _ = try await get(receiver, "/oauth/callback?code=late&state=s")
            XCTFail("the listener still answers after it closed")
        } catch {
            XCTAssertTrue(error is TransportError, "\(error)")
        }
    }
}
