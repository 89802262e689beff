import Foundation
import Hummingbird
import MeetingKit
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Zoom answers that are not what they should be: not JSON, truncated, of the wrong types, or huge.
/// Each is reported as an error (or read tolerantly), never a crash, and never unbounded memory.
final class HostileAnswerTests: XCTestCase {
    private static let hugeBodyBytes = 50_000_000

    /// A peer whose `/v2/users/me` answers with whatever the path after `/v2/` names.
    private func startPeer() async throws -> LoopbackServer {
        let router = Router()
        router.get("v2/not-json/users/me") { _, _ in "<html><body>Bad gateway</body></html>" }
        router.get("v2/truncated/users/me") { _, _ -> Response in
            // Declares the whole length, sends half the JSON and ends the connection.
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(contentLength: 80) { writer in
                    try await writer.write(ByteBuffer(string: #"{"id": "KDcuGIm1QgePTO8WbOqwIQ", "first_na"#))
                    throw CancellationError()
                })
        }
        router.get("v2/wrong-types/users/me") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(
                    byteBuffer: ByteBuffer(string: #"{"id": 42, "email": ["a"], "type": "x", "first_name": {"b": 1}}"#))
            )
        }
        router.get("v2/wrong-types/users/me/meetings") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(
                    byteBuffer: ByteBuffer(
                        string: #"{"meetings": [{"id": "not a number"}, 7, null, {"uuid": 5}], "next_page_token": 12}"#)
                ))
        }
        router.get("v2/huge/users/me") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody { writer in
                    let chunk = ByteBuffer(repeating: UInt8(ascii: " "), count: 1 << 20)
                    var sent = 0
                    while sent < Self.hugeBodyBytes {
                        try await writer.write(chunk)
                        sent += chunk.readableBytes
                    }
                    try await writer.finish(nil)
                })
        }
        let server = try await LoopbackServer.start(router)
        addTeardownBlock { await server.stop() }
        return server
    }

    private func client(_ server: LoopbackServer, _ variant: String) -> ZoomClient {
        ZoomClient(
            configuration: .init(apiBaseURL: server.url("/v2/\(variant)"), retry: ClientHarness.retry),
            transport: CurlTransport(), tokens: FixedTokenProvider(), clock: ManualClock())
    }

    func testAnswerThatIsNotJSONIsMalformed() async throws {
        let server = try await startPeer()
        await assertThrows(try await client(server, "not-json").currentUser()) { error in
            guard case .malformedResponse = error else { return XCTFail("\(error)") }
        }
    }

    func testTruncatedAnswerIsNoAnswer() async throws {
        let server = try await startPeer()
        await assertThrows(try await client(server, "truncated").currentUser()) { error in
            guard case .transport(.noAnswer) = error else { return XCTFail("\(error)") }
        }
    }

    func testWrongTypesAreReadTolerantlyOrReportedWhenTheListCannotEnd() async throws {
        let server = try await startPeer()
        // The items of the wrong shape are skipped, and the page token (a number) repeats: reported, not looped on.
        await assertThrows(try await client(server, "wrong-types").liveMeetings()) { error in
            XCTAssertEqual(
                error, .malformedResponse("Zoom sent the same page token twice; the list was not read to its end"))
        }
        // A number where a string belongs is read as its text; fields of a shape that cannot be text are left out.
        let user = try await client(server, "wrong-types").currentUser()
        XCTAssertEqual(user, ZoomUser(id: "42", displayName: "", email: nil, accountID: nil))
    }

    func testFiftyMegabyteAnswerIsRefusedWithBoundedMemory() async throws {
        let server = try await startPeer()
        let transport = CurlTransport()
        let before = try MemoryUsage.resetPeak()
        await assertThrows(
            try await ZoomClient(
                configuration: .init(apiBaseURL: server.url("/v2/huge"), retry: ClientHarness.retry),
                transport: transport, tokens: FixedTokenProvider(), clock: ManualClock()
            ).currentUser()
        ) { error in
            XCTAssertEqual(error, .transport(.responseTooLarge(limit: transport.configuration.maximumResponseBytes)))
        }
        if MemoryUsage.isUnderAddressSanitizer {
            throw XCTSkip(
                "AddressSanitizer keeps freed memory resident (its quarantine, 256 MiB): the peak measures that here")
        }
        // Bounded by the body, not by the 16 MiB cap: the peer serving the answer runs in this process,
        // and under load its send buffers count too (36 MiB of growth was seen with the cap kept).
        let growth = try MemoryUsage.peakResidentBytes() - before
        XCTAssertLessThan(
            growth, Self.hugeBodyBytes,
            "the peak memory grew by \(growth >> 20) MiB: the 50 MB answer was held instead of abandoned at the limit")
    }

    private func assertThrows<Value>(
        _ expression: @autoclosure () async throws -> Value, _ check: (ZoomAPIError) -> Void,
        file: StaticString = #filePath, line: UInt = #line
    ) async {
        do {
            let value = try await expression()
            XCTFail("expected an error, got \(value)", file: file, line: line)
        } catch let error as ZoomAPIError {
            check(error)
        } catch {
            XCTFail("expected a ZoomAPIError, got \(error)", file: file, line: line)
        }
    }
}

/// This process's resident memory, from `/proc/self`.
enum MemoryUsage {
    /// Whether this process runs with AddressSanitizer (its runtime is linked in), whose quarantine
    /// holds freed blocks resident, so that a peak no longer tells what the code kept.
    static let isUnderAddressSanitizer = dlsym(nil, "__asan_init") != nil

    /// Resets the peak (`VmHWM`) to the current resident size and returns that size in bytes.
    static func resetPeak() throws -> Int {
        try "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
        return try field("VmRSS")
    }

    /// The peak resident size since the last reset, in bytes.
    static func peakResidentBytes() throws -> Int { try field("VmHWM") }

    private static func field(_ name: String) throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }),
            let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return kilobytes * 1024
    }
}
