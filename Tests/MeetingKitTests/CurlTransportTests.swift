import Foundation
import MeetingKit
import XCTest

/// `CurlTransport` against a real HTTP peer on loopback.
final class CurlTransportTests: XCTestCase {
    private var peer: TransportTestPeer!

    override func setUp() async throws {
        peer = try await TransportTestPeer.start()
    }

    override func tearDown() async throws {
        await peer.stop()
    }

    // MARK: - Connections

    func testSequentialRequestsReuseOneConnection() async throws {
        let transport = CurlTransport()
        for _ in 0..<20 {
            let response = try await transport.send(HTTPRequest(method: .get, url: peer.url("/echo")))
            XCTAssertEqual(response.status, 200)
        }
        XCTAssertEqual(transport.statistics, CurlTransport.Statistics(requests: 20, connectionsOpened: 1))
    }

    func testConcurrentRequestsAreInFlightTogetherAndTheirConnectionsAreReused() async throws {
        let transport = CurlTransport()
        let url = peer.url("/rendezvous?count=3")
        let bodies = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<3 {
                group.addTask {
                    String(decoding: try await transport.send(HTTPRequest(method: .get, url: url)).body, as: UTF8.self)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        XCTAssertEqual(
            bodies, ["together", "together", "together"], "the three requests were not waiting at the same time")
        XCTAssertEqual(transport.statistics.connectionsOpened, 3)

        for _ in 0..<5 {
            _ = try await transport.send(HTTPRequest(method: .get, url: peer.url("/echo")))
        }
        XCTAssertEqual(transport.statistics, CurlTransport.Statistics(requests: 8, connectionsOpened: 3))
    }

    func testMoreRequestsInFlightThanIdleHandlesAllComplete() async throws {
        let transport = CurlTransport(configuration: .init(maximumIdleHandles: 2))
        let url = peer.url("/echo")
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<12 {
                group.addTask { try await transport.send(HTTPRequest(method: .get, url: url)).status }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        XCTAssertEqual(statuses, Array(repeating: 200, count: 12))
        XCTAssertEqual(transport.statistics.requests, 12)

        // Two handles were kept; the next request reuses a kept connection.
        let opened = transport.statistics.connectionsOpened
        _ = try await transport.send(HTTPRequest(method: .get, url: url))
        XCTAssertEqual(transport.statistics.connectionsOpened, opened)
    }

    // MARK: - What is sent

    func testSendsUserAgentAcceptEncodingAndTheRequestHeaders() async throws {
        let echo = try await sendToEcho(HTTPRequest(method: .get, url: peer.url("/echo"), headers: ["X-Probe": "42"]))
        XCTAssertEqual(CurlTransport.userAgent, "meeting-tui/\(MeetingKitVersion.current)")
        XCTAssertEqual(echo.headers["user-agent"], "meeting-tui/\(MeetingKitVersion.current)")
        XCTAssertEqual(echo.headers["x-probe"], "42")
        XCTAssertTrue(echo.headers["accept-encoding"]?.contains("gzip") == true, "\(echo.headers)")
        XCTAssertEqual(echo.method, "GET")
    }

    func testMethodsAndBodiesAreSentAsGiven() async throws {
        let json = #"{"method":"recording.start"}"#
        let patch = try await sendToEcho(
            HTTPRequest(
                method: .patch, url: peer.url("/echo"),
                headers: ["Content-Type": "application/json"], body: Data(json.utf8)))
        XCTAssertEqual(patch.method, "PATCH")
        XCTAssertEqual(patch.body, json)
        XCTAssertEqual(patch.headers["content-type"], "application/json")
        XCTAssertEqual(patch.headers["content-length"], String(json.utf8.count))
        XCTAssertNil(patch.headers["expect"])

        let put = try await sendToEcho(
            HTTPRequest(method: .put, url: peer.url("/echo"), body: Data(#"{"action":"end"}"#.utf8)))
        XCTAssertEqual(put.method, "PUT")
        XCTAssertEqual(put.body, #"{"action":"end"}"#)

        let emptyPost = try await sendToEcho(HTTPRequest(method: .post, url: peer.url("/echo")))
        XCTAssertEqual(emptyPost.method, "POST")
        XCTAssertEqual(emptyPost.headers["content-length"], "0")
        XCTAssertEqual(emptyPost.body, "")

        let delete = try await sendToEcho(HTTPRequest(method: .delete, url: peer.url("/echo")))
        XCTAssertEqual(delete.method, "DELETE")
        XCTAssertEqual(delete.body, "")

        let get = try await sendToEcho(HTTPRequest(method: .get, url: peer.url("/echo")))
        XCTAssertEqual(get.method, "GET")
    }

    func testProxyFromTheEnvironmentIsUsed() async throws {
        let saved = ["http_proxy", "no_proxy", "NO_PROXY"].map { ($0, ProcessInfo.processInfo.environment[$0]) }
        defer {
            for (name, value) in saved {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
        }
        unsetenv("no_proxy")
        unsetenv("NO_PROXY")
        setenv("http_proxy", "http://127.0.0.1:\(peer.port)", 1)

        // The host does not resolve: only the proxy (the peer) can answer.
        let echo = try await sendToEcho(HTTPRequest(method: .get, url: URL(string: "http://zoom-api.invalid/echo")!))
        XCTAssertEqual(echo.authority, "zoom-api.invalid")
    }

    func testHeaderWithLineBreakIsRefusedBeforeSending() async throws {
        let request = HTTPRequest(method: .get, url: peer.url("/echo"), headers: ["X-Note": "a\r\nX-Injected: 1"])
        let error = await transportError { try await CurlTransport().send(request) }
        XCTAssertTrue(error?.certainlyNotProcessed == true, "\(String(describing: error))")
        let arrived = await peer.arrivals.count("/echo")
        XCTAssertEqual(arrived, 0)
    }

    // MARK: - What comes back

    func testErrorStatusIsReturnedWithLowerCasedHeaders() async throws {
        let response = try await CurlTransport().send(HTTPRequest(method: .get, url: peer.url("/rate-limited")))
        XCTAssertEqual(response.status, 429)
        XCTAssertEqual(response.headers["x-ratelimit-type"], "QPS")
        XCTAssertEqual(response.header("Retry-After"), "1")
        XCTAssertEqual(String(decoding: response.body, as: UTF8.self), #"{"code":429}"#)
    }

    func testCompressedAnswerIsDecoded() async throws {
        let response = try await CurlTransport().send(HTTPRequest(method: .get, url: peer.url("/gzip")))
        XCTAssertEqual(response.header("content-encoding"), "gzip")
        XCTAssertEqual(String(decoding: response.body, as: UTF8.self), TransportTestPeer.gzipText)
    }

    func testStreamedAnswerBeyondTheLimitIsAbandoned() async throws {
        let transport = CurlTransport(configuration: .init(maximumResponseBytes: 100_000))
        let error = await transportError {
            try await transport.send(HTTPRequest(method: .get, url: self.peer.url("/large-streamed")))
        }
        XCTAssertEqual(error, .responseTooLarge(limit: 100_000))
    }

    func testDeclaredAnswerBeyondTheLimitIsRefused() async throws {
        let transport = CurlTransport(configuration: .init(maximumResponseBytes: 100_000))
        let error = await transportError {
            try await transport.send(HTTPRequest(method: .get, url: self.peer.url("/large-declared")))
        }
        XCTAssertEqual(error, .responseTooLarge(limit: 100_000))
    }

    func testAnswerWithinTheLimitIsComplete() async throws {
        let response = try await CurlTransport().send(HTTPRequest(method: .get, url: peer.url("/large-streamed")))
        XCTAssertEqual(response.body.count, 1 << 20)
    }

    // MARK: - Failures: sent or not

    func testRefusedConnectionIsNotSentAndKeepsTheTokenOutOfTheError() async throws {
        let closed = try await TransportTestPeer.start()
        let url = closed.url("/echo")
        await closed.stop()
        let request = HTTPRequest(
            method: .patch, url: url, headers: ["Authorization": "Bearer SECRET-TOKEN-VALUE"],
            body: Data(#"{"secret-body":1}"#.utf8))
        let error = await transportError { try await CurlTransport().send(request) }
        guard case .notSent(let reason)? = error else {
            return XCTFail("expected .notSent, got \(String(describing: error))")
        }
        XCTAssertFalse(reason.contains("SECRET"))
        XCTAssertFalse(reason.contains("secret-body"))
    }

    func testTLSHandshakeFailureIsNotSent() async throws {
        // The peer speaks plain HTTP, so the TLS handshake cannot succeed.
        let error = await transportError {
            try await CurlTransport().send(HTTPRequest(method: .patch, url: self.peer.url("/echo", scheme: "https")))
        }
        XCTAssertTrue(error?.certainlyNotProcessed == true, "\(String(describing: error))")
        let arrived = await peer.arrivals.count("/echo")
        XCTAssertEqual(arrived, 0)
    }

    func testTimeoutDuringTheTLSHandshakeIsNotSent() async throws {
        let listener = try SilentListener()
        let transport = CurlTransport(configuration: .init(connectTimeout: 0.3, totalTimeout: 5))
        let url = URL(string: "https://127.0.0.1:\(listener.port)/v2/live_meetings/1/events")!
        let error = await transportError {
            try await transport.send(HTTPRequest(method: .patch, url: url, body: Data("{}".utf8)))
        }
        guard case .notSent(let reason)? = error else {
            return XCTFail("expected .notSent, got \(String(describing: error))")
        }
        XCTAssertTrue(reason.lowercased().contains("timeout") || reason.lowercased().contains("timed out"), reason)
        withExtendedLifetime(listener) {}
    }

    func testUnknownHostIsNotSent() async throws {
        let transport = CurlTransport(configuration: .init(connectTimeout: 3))
        let error = await transportError {
            try await transport.send(HTTPRequest(method: .get, url: URL(string: "http://no-such-host.invalid/v2")!))
        }
        XCTAssertTrue(error?.certainlyNotProcessed == true, "\(String(describing: error))")
    }

    func testConnectionClosedMidAnswerIsNoAnswer() async throws {
        let error = await transportError {
            try await CurlTransport().send(HTTPRequest(method: .get, url: self.peer.url("/drop")))
        }
        guard case .noAnswer? = error else { return XCTFail("expected .noAnswer, got \(String(describing: error))") }
    }

    func testTimeoutAfterTheRequestWasSentIsNoAnswer() async throws {
        let transport = CurlTransport(configuration: .init(totalTimeout: 1))
        let error = await transportError {
            try await transport.send(HTTPRequest(method: .get, url: self.peer.url("/stall?seconds=10")))
        }
        guard case .noAnswer? = error else { return XCTFail("expected .noAnswer, got \(String(describing: error))") }
        let arrived = await peer.arrivals.count("/stall")
        XCTAssertEqual(arrived, 1)
    }

    func testCancellingBeforeTheRequestWentOutThrowsCancellation() async throws {
        let listener = try SilentListener()
        let url = URL(string: "https://127.0.0.1:\(listener.port)/v2/users/me")!
        let transport = CurlTransport()
        let task = Task { try await transport.send(HTTPRequest(method: .get, url: url)) }
        // Cancel while the TLS handshake hangs: connected, but no byte of the request sent.
        XCTAssertTrue(listener.waitForConnection(seconds: 10))
        task.cancel()
        do {
            _ = try await task.value
            XCTFail("the cancelled request completed")
        } catch {
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
        withExtendedLifetime(listener) {}
    }

    func testCancellingAfterTheRequestWentOutIsNoAnswer() async throws {
        let transport = CurlTransport()
        let url = peer.url("/stall?seconds=10")
        let task = Task { try await transport.send(HTTPRequest(method: .get, url: url)) }
        for _ in 0..<1000 where await peer.arrivals.count("/stall") == 0 {
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        let arrived = await peer.arrivals.count("/stall")
        XCTAssertEqual(arrived, 1, "the request never reached the peer")
        task.cancel()
        do {
            _ = try await task.value
            XCTFail("the cancelled request completed")
        } catch {
            guard case .noAnswer? = error as? TransportError else { return XCTFail("expected .noAnswer, got \(error)") }
        }
    }

    // MARK: - Helpers

    private struct Echo {
        var method: String
        var authority: String
        var body: String
        var headers: [String: String]
    }

    private func sendToEcho(_ request: HTTPRequest) async throws -> Echo {
        let response = try await CurlTransport().send(request)
        XCTAssertEqual(response.status, 200)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: response.body) as? [String: Any])
        return Echo(
            method: object["method"] as? String ?? "", authority: object["authority"] as? String ?? "",
            body: object["body"] as? String ?? "", headers: object["headers"] as? [String: String] ?? [:])
    }

    private func transportError(_ body: () async throws -> HTTPResponse) async -> TransportError? {
        do {
            let response = try await body()
            XCTFail("expected a transport error, got status \(response.status)")
            return nil
        } catch {
            guard let error = error as? TransportError else {
                XCTFail("expected a TransportError, got \(error)")
                return nil
            }
            return error
        }
    }
}
