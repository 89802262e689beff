import FoundationEssentials
import Locking

/// The production `HTTPTransport`, over libcurl.
///
/// - Connections are kept alive and reused: idle easy handles (each with its connection cache)
///   are pooled, and the most recently used one serves the next request, so sequential requests
///   to Zoom share one TLS connection.
/// - Several requests may be in flight at once; each runs `curl_easy_perform` on a thread of its
///   own (not the Swift concurrency pool, which must not block) on a handle no other thread uses.
/// - TLS certificates and host names are always verified. Proxies come from the usual
///   environment variables (`https_proxy`, `http_proxy`, `no_proxy`), as libcurl reads them.
/// - Compressed answers are accepted; answers beyond `maximumResponseBytes` (after decoding)
///   are abandoned with `TransportError.responseTooLarge`.
/// - Cancelling the awaiting task aborts the transfer. It throws `CancellationError` when no byte
///   of the request had been sent, and `.noAnswer` otherwise: the server may still act on it.
/// - Errors say whether the request certainly did not reach the server (`.notSent`) or may
///   have (`.noAnswer`); their text names host and cause, never header values or the body.
public final class CurlTransport: HTTPTransport, Sendable {
    /// Timeouts and limits of a transport.
    public struct Configuration: Sendable {
        /// Seconds allowed for name resolution, TCP connect and TLS handshake.
        public var connectTimeout: TimeInterval
        /// Seconds allowed for a whole request, connecting included.
        public var totalTimeout: TimeInterval
        /// The largest (decoded) response body accepted.
        public var maximumResponseBytes: Int
        /// How many idle handles, and so kept-alive connection caches, are kept for reuse.
        public var maximumIdleHandles: Int

        public init(
            connectTimeout: TimeInterval = 10, totalTimeout: TimeInterval = 30,
            maximumResponseBytes: Int = 16 << 20, maximumIdleHandles: Int = 4
        ) {
            self.connectTimeout = connectTimeout
            self.totalTimeout = totalTimeout
            self.maximumResponseBytes = maximumResponseBytes
            self.maximumIdleHandles = maximumIdleHandles
        }
    }

    /// Counters for tests and benchmarks.
    public struct Statistics: Sendable, Equatable {
        /// Transfers performed, whether or not an answer came back.
        public var requests: Int
        /// New connections opened (`CURLINFO_NUM_CONNECTS` summed); equal to `requests`
        /// when nothing is reused, 1 when every request used the same connection.
        public var connectionsOpened: Int

        public init(requests: Int = 0, connectionsOpened: Int = 0) {
            self.requests = requests
            self.connectionsOpened = connectionsOpened
        }
    }

    /// The `User-Agent` sent with every request: `meeting-tui/<version>`.
    public static let userAgent = "meeting-tui/\(MeetingKitVersion.current)"

    /// The timeouts and limits this transport applies.
    public let configuration: Configuration
    private let pool: CurlHandlePool
    private let counters = Locked(Statistics())

    /// Creates a transport; no connection is opened until the first request.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.pool = CurlHandlePool(capacity: configuration.maximumIdleHandles)
    }

    /// What the transport has done so far.
    public var statistics: Statistics { counters.withLock { $0 } }

    /// Sends one request and returns the response, whatever its status.
    /// - Throws: `TransportError`, or `CancellationError` when the task was cancelled before
    ///   the request went out.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let transfer = CurlTransfer(request: request, configuration: configuration, cancellation: CurlCancellation())
        try Task.checkCancellation()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                do throws(DetachedThread.StartFailure) {
                    try DetachedThread.start { [self] in
                        continuation.resume(with: perform(transfer))
                    }
                } catch {
                    continuation.resume(
                        throwing: TransportError.notSent("no thread to send the request on (error \(error.errno))"))
                }
            }
        } onCancel: {
            transfer.cancellation.cancel()
        }
    }

    /// Runs a transfer to its end on a pooled handle (blocking the calling thread) and counts it.
    private func perform(_ transfer: CurlTransfer) -> Result<HTTPResponse, any Error> {
        guard !transfer.cancellation.isCancelled else { return .failure(CancellationError()) }
        let handle: CurlEasyHandle
        do {
            handle = try pool.checkOut()
        } catch {
            return .failure(error)
        }
        let outcome = transfer.perform(on: handle)
        pool.checkIn(handle)
        counters.withLock {
            $0.requests += 1
            $0.connectionsOpened += outcome.connectionsOpened
        }
        return outcome.result
    }
}
