import Foundation
import Hummingbird

/// The HTTP peer of the transport tests: a loopback server whose routes each behave one way.
///
/// - `/echo` (any method): 200 with JSON `{method, authority, body, headers}` describing the request.
/// - `/rate-limited`: 429 with Zoom's rate-limit headers.
/// - `/gzip`: a gzip-compressed JSON body (`Content-Encoding: gzip`).
/// - `/large-streamed`, `/large-declared`: 1 MiB, without and with `Content-Length`.
/// - `/drop`: promises 1000 bytes, sends a few, then fails the connection.
/// - `/stall?seconds=N`: answers after N seconds.
/// - `/rendezvous?count=N`: answers "together" once N requests are waiting at the same time,
///   "alone" if they did not all arrive within 10 seconds.
final class TransportTestPeer: Sendable {
    /// The body `/gzip` decodes to.
    static let gzipText = String(repeating: #"{"greeting":"hello"}"#, count: 100)
    /// `gzipText`, compressed with gzip (made with Python's `gzip.compress(..., mtime=0)`).
    private static let gzipBytes = Data(
        base64Encoded: "H4sIAAAAAAACA6tWSi9KTS3JzEtXslLKSM3JyVeqrR4VGxUbFRsVGxUbFRsVG1JiAOt6PQjQBwAA")!

    /// How many requests reached each path.
    let arrivals: Arrivals
    private let server: LoopbackServer

    private init(server: LoopbackServer, arrivals: Arrivals) {
        self.server = server
        self.arrivals = arrivals
    }

    /// Starts a peer on a free loopback port.
    static func start() async throws -> TransportTestPeer {
        let arrivals = Arrivals()
        return TransportTestPeer(server: try await LoopbackServer.start(router(arrivals: arrivals)), arrivals: arrivals)
    }

    /// The port the peer listens on.
    var port: Int { server.port }

    /// The address of `path` on this peer.
    func url(_ path: String, scheme: String = "http") -> URL { server.url(path, scheme: scheme) }

    /// Stops the peer.
    func stop() async { await server.stop() }

    /// Counts requests per path.
    actor Arrivals {
        private var counts: [String: Int] = [:]

        func arrive(_ path: String) { counts[path, default: 0] += 1 }

        func count(_ path: String) -> Int { counts[path, default: 0] }
    }

    // MARK: - Routes

    private struct DroppedConnection: Error {}

    private static func router(arrivals: Arrivals) -> Router<BasicRequestContext> {
        let router = Router()
        router.middlewares.add(CountingMiddleware(arrivals: arrivals))
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            router.on("echo", method: method) { request, _ -> Response in
                var request = request
                let body = try await request.collectBody(upTo: 1 << 20)
                var headers: [String: String] = [:]
                for field in request.headers { headers[field.name.canonicalName] = field.value }
                let echo: [String: Any] = [
                    "method": request.method.rawValue, "authority": request.head.authority ?? "",
                    "body": String(buffer: body), "headers": headers,
                ]
                return Response(
                    status: .ok, headers: [.contentType: "application/json"],
                    body: .init(byteBuffer: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: echo))))
            }
        }
        router.get("rate-limited") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.init("X-RateLimit-Type")!] = "QPS"
            headers[.init("Retry-After")!] = "1"
            return Response(
                status: .tooManyRequests, headers: headers,
                body: .init(byteBuffer: ByteBuffer(string: #"{"code":429}"#)))
        }
        router.get("gzip") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentEncoding: "gzip", .contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: gzipBytes)))
        }
        router.get("large-streamed") { _, _ -> Response in
            Response(
                status: .ok,
                body: ResponseBody { writer in
                    let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: 64 << 10)
                    for _ in 0..<16 { try await writer.write(chunk) }
                    try await writer.finish(nil)
                })
        }
        router.get("large-declared") { _, _ -> Response in
            Response(status: .ok, body: .init(byteBuffer: ByteBuffer(repeating: UInt8(ascii: "x"), count: 1 << 20)))
        }
        router.get("drop") { _, _ -> Response in
            Response(
                status: .ok,
                body: ResponseBody(contentLength: 1000) { writer in
                    try await writer.write(ByteBuffer(string: "partial"))
                    throw DroppedConnection()
                })
        }
        router.get("stall") { request, _ -> String in
            let seconds = request.uri.queryParameters.get("seconds", as: Double.self) ?? 1
            try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            return "late"
        }
        router.get("rendezvous") { request, _ -> String in
            let expected = request.uri.queryParameters.get("count", as: Int.self) ?? 2
            for _ in 0..<200 {
                if await arrivals.count("/rendezvous") >= expected { return "together" }
                try await Task.sleep(nanoseconds: 50_000_000)
            }
            return "alone"
        }
        return router
    }

    /// Counts every request by path before routing it.
    private struct CountingMiddleware: RouterMiddleware {
        let arrivals: Arrivals

        func handle(
            _ request: Request, context: BasicRequestContext,
            next: (Request, BasicRequestContext) async throws -> Response
        ) async throws -> Response {
            await arrivals.arrive(request.uri.path)
            return try await next(request, context)
        }
    }
}
