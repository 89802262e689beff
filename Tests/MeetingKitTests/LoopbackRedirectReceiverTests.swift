import Foundation
import XCTest

@testable import MeetingKit

final class LoopbackRedirectReceiverTests: XCTestCase {
    private func get(_ receiver: LoopbackRedirectReceiver, _ target: String) async throws -> HTTPResponse {
        try await CurlTransport().send(
            HTTPRequest(method: .get, url: URL(string: "http://127.0.0.1:\(receiver.port)\(target)")!))
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

    func testAnswersAForeignStateWithAnErrorPageAndKeepsWaiting() async throws {
        let receiver = try LoopbackRedirectReceiver()
        async let code = receiver.waitForCode(state: "expected", timeout: 20)
        let foreign = try await get(receiver, "/oauth/callback?code=planted&state=other")
        XCTAssertEqual(foreign.status, 400)
        XCTAssertTrue(
            String(decoding: foreign.body, as: UTF8.self).contains("did not come from the waiting meeting-tui"))
        let stateless = try await get(receiver, "/oauth/callback?error=access_denied")
        XCTAssertEqual(stateless.status, 400, "a denial without this login's state does not end it either")
        let answer = try await get(receiver, "/oauth/callback?code=real&state=expected")
        XCTAssertEqual(answer.status, 200)
        let received = try await code
        XCTAssertEqual(received.exposedValue, "real")
    }

    func testASlowClientIsCutOffAndTheRedirectStillArrives() async throws {
        let receiver = try LoopbackRedirectReceiver(connectionTimeout: 0.3)
        let code = Task { try await receiver.waitForCode(state: "s", timeout: 30) }
        XCTAssertTrue(
            try TricklingClient(port: receiver.port).waitUntilCutOff(),
            "the receiver kept reading a request that never ends")
        let answer = try await get(receiver, "/oauth/callback?code=late&state=s")
        XCTAssertEqual(answer.status, 200)
        let received = try await code.value
        XCTAssertEqual(received.exposedValue, "late")
    }

    func testASlowClientCannotHoldTheLoginPastItsTimeout() async throws {
        let receiver = try LoopbackRedirectReceiver(connectionTimeout: 60)
        async let code = receiver.waitForCode(state: "s", timeout: 0.5)
        let trickler = try TricklingClient(port: receiver.port)
        do {
            _ = try await code
            XCTFail("no redirect arrived, yet a code was returned")
        } catch {
            XCTAssertEqual(error as? LoopbackRedirectError, .timedOut(seconds: 1))
        }
        XCTAssertTrue(trickler.waitUntilCutOff(), "the connection outlived the login")
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

/// A client that connects to the receiver and sends a request head one byte at a time, never
/// finishing it, until the receiver closes the connection.
private final class TricklingClient: @unchecked Sendable {
    private let descriptor: Int32
    private let cutOff = DispatchSemaphore(value: 0)

    init(port: UInt16) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        Thread.detachNewThread { self.trickle() }
    }

    deinit { close(descriptor) }

    /// Waits until the receiver has closed the connection (at most 60 s); returns whether it did.
    func waitUntilCutOff() -> Bool {
        cutOff.wait(timeout: .now() + 60) == .success
    }

    private func trickle() {
        let head = Array("GET /oauth/callback?code=slow&state=s HTTP/1.1\r\nX-Padding: ".utf8)
        var sent = 0
        while true {
            let byte = sent < head.count ? head[sent] : UInt8(ascii: "a")
            var one = byte
            if send(descriptor, &one, 1, Int32(MSG_NOSIGNAL)) < 0 { break }
            sent += 1
            var closed = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&closed, 1, 50) > 0 { break }
        }
        cutOff.signal()
    }
}
