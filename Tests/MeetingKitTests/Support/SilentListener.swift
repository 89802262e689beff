import Glibc

@testable import MeetingKit

/// A TCP socket on 127.0.0.1 that listens but never accepts: the kernel completes TCP
/// handshakes, and then nothing ever answers. A TLS handshake against it stalls.
final class SilentListener {
    /// The port it listens on.
    let port: Int
    private let descriptor: Int32

    init() throws {
        let socket = try LoopbackSocket.listen(backlog: 8)
        descriptor = socket.descriptor
        port = Int(socket.port)
    }

    /// Waits (up to `seconds`) until a client has connected; the connection stays pending, unanswered.
    /// - Returns: whether a connection arrived.
    func waitForConnection(seconds: Double) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, Int32(seconds * 1000)) == 1
    }

    deinit { close(descriptor) }
}
