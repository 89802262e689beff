import FoundationEssentials
import Glibc
import Locking

/// Receives the browser's redirect at the end of the authorization code flow: a minimal HTTP
/// listener on 127.0.0.1 (an ephemeral port) that accepts the single `GET` to its redirect path
/// carrying this login's `state`, takes `code`, answers a short page and closes. Any local user
/// can connect to the port, so everything else is answered with an error page and ignored: other
/// paths (a browser's favicon request), a redirect with another `state`, a request that is not
/// HTTP, and a client that does not send its request within `connectionTimeout` seconds.
public final class LoopbackRedirectReceiver: Sendable {
    /// The port the listener is bound to.
    public let port: UInt16
    /// The path Zoom redirects to.
    public let path: String
    /// How long one connection may take to send its request before it is answered 408 and dropped.
    public let connectionTimeout: TimeInterval
    private let listener: Locked<Int32?>

    /// Binds and listens on 127.0.0.1 at a port the kernel chooses.
    public init(path: String = "/oauth/callback", connectionTimeout: TimeInterval = 5) throws(LoopbackRedirectError) {
        let socket = try LoopbackSocket.listen(backlog: 4)
        port = socket.port
        self.path = path
        self.connectionTimeout = connectionTimeout
        listener = Locked(socket.descriptor)
    }

    deinit { close() }

    /// The `redirect_uri` to register with the app and send to Zoom.
    public var redirectURI: String { "http://127.0.0.1:\(port)\(path)" }

    /// Waits for the redirect and returns the authorization code. The listener is closed
    /// afterwards whatever the outcome.
    /// - Parameters:
    ///   - state: the `state` sent in the authorize URL; a redirect with another is answered with
    ///     an error page and the wait goes on.
    ///   - timeout: how long to wait for the browser, in seconds; no client can stretch it.
    public func waitForCode(state: String, timeout: TimeInterval) async throws(LoopbackRedirectError) -> Secret {
        guard let descriptor = listener.withLock({ $0 }) else { throw .socket(operation: "use", errno: EBADF) }
        let path = self.path
        let connectionTimeout = self.connectionTimeout
        let result: Result<Secret, LoopbackRedirectError> = await withCheckedContinuation { continuation in
            do throws(DetachedThread.StartFailure) {
                try DetachedThread.start {
                    continuation.resume(
                        returning: Result { () throws(LoopbackRedirectError) in
                            try Self.serve(
                                listener: descriptor, path: path, state: state, timeout: timeout,
                                connectionTimeout: connectionTimeout)
                        })
                }
            } catch {
                continuation.resume(returning: .failure(.socket(operation: "wait on", errno: error.errno)))
            }
        }
        close()
        return try result.get()
    }

    /// Stops listening. Safe to call more than once.
    public func close() {
        listener.withLock { descriptor in
            if let open = descriptor { Glibc.close(open) }
            descriptor = nil
        }
    }

    // MARK: - Serving

    private static func serve(
        listener: Int32, path: String, state: String, timeout: TimeInterval,
        connectionTimeout: TimeInterval
    ) throws(LoopbackRedirectError) -> Secret {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            guard deadline.timeIntervalSinceNow > 0 else { throw .timedOut(seconds: Int(timeout.rounded(.up))) }
            guard try waitUntilReadable(listener, deadline: deadline, operation: "wait on") else { continue }
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                throw .socket(operation: "accept on", errno: errno)
            }
            defer { Glibc.close(connection) }
            var sendTimeout = timeval(tv_sec: 1, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &sendTimeout, socklen_t(MemoryLayout<timeval>.size))
            let request = readRequestTarget(
                connection, deadline: min(deadline, Date().addingTimeInterval(connectionTimeout)))
            guard case .target(let target) = request else {
                if request == .tooSlow {
                    respond(connection, status: "408 Request Timeout", message: "The request took too long.")
                } else {
                    respond(
                        connection, status: "400 Bad Request",
                        message: "This address only receives Zoom's sign-in redirect.")
                }
                continue
            }
            guard let components = URLComponents(string: "http://127.0.0.1" + target), components.path == path else {
                respond(connection, status: "404 Not Found", message: "Nothing here.")
                continue
            }
            let items = components.queryItems ?? []
            func value(_ name: String) -> String? { items.first(where: { $0.name == name })?.value }
            guard value("state") == state else {
                respond(
                    connection, status: "400 Bad Request",
                    message: "This sign-in did not come from the waiting meeting-tui.")
                continue
            }
            if let error = value("error") {
                respond(
                    connection, status: "200 OK", message: "meeting-tui was not authorized. You can close this tab.")
                throw .denied(error: error, reason: value("error_description") ?? value("reason"))
            }
            guard let code = value("code"), !code.isEmpty else {
                respond(connection, status: "400 Bad Request", message: "The redirect carried no authorization code.")
                throw .missingCode
            }
            respond(
                connection, status: "200 OK",
                message: "meeting-tui is signed in. You can close this tab and return to the terminal.")
            return Secret(code)
        }
    }

    /// Waits until the descriptor can be read or the deadline passes; returns whether it can be read.
    private static func waitUntilReadable(_ descriptor: Int32, deadline: Date, operation: String)
        throws(LoopbackRedirectError) -> Bool
    {
        let remaining = deadline.timeIntervalSinceNow
        guard remaining > 0 else { return false }
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&waiting, 1, Int32(min(remaining * 1000, Double(Int32.max)).rounded(.up)))
        if ready < 0 {
            if errno == EINTR { return false }
            throw .socket(operation: operation, errno: errno)
        }
        return ready > 0
    }

    /// What a connection sent before its deadline.
    private enum Request: Equatable {
        /// The target of a `GET` request line.
        case target(String)
        /// Something other than a `GET` request with a path, or a connection closed early.
        case malformed
        /// The request head had not arrived by the deadline.
        case tooSlow
    }

    /// Reads the request head (up to 16 KiB) until the deadline and returns the target of a `GET` request line.
    private static func readRequestTarget(_ connection: Int32, deadline: Date) -> Request {
        var head = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let terminator: [UInt8] = Array("\r\n\r\n".utf8)
        while head.count < 16_384 {
            do {
                guard try waitUntilReadable(connection, deadline: deadline, operation: "read from") else {
                    if deadline.timeIntervalSinceNow > 0 { continue }
                    return .tooSlow
                }
            } catch {
                return .malformed
            }
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            head += buffer[0..<count]
            if head.count >= 4, head.suffix(from: max(0, head.count - count - 3)).windowsContain(terminator) { break }
        }
        guard let line = String(decoding: head, as: UTF8.self).split(separator: "\r\n", maxSplits: 1).first else {
            return .malformed
        }
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[0] == "GET", parts[1].hasPrefix("/") else { return .malformed }
        return .target(String(parts[1]))
    }

    private static func respond(_ connection: Int32, status: String, message: String) {
        let page =
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>meeting-tui</title></head>"
            + "<body><p>\(message)</p></body></html>"
        let bytes = Array(
            ("HTTP/1.1 \(status)\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(page.utf8.count)\r\n"
                + "Cache-Control: no-store\r\nConnection: close\r\n\r\n" + page).utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                send(connection, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return }
            offset += sent
        }
    }
}

extension ArraySlice<UInt8> {
    fileprivate func windowsContain(_ needle: [UInt8]) -> Bool {
        guard count >= needle.count else { return false }
        return indices.dropLast(needle.count - 1).contains { self[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
