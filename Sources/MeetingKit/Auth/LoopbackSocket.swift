import Glibc

/// A TCP socket listening on 127.0.0.1 at a port the kernel chooses. The caller owns the descriptor.
struct LoopbackSocket {
    /// The listening socket (close-on-exec).
    let descriptor: Int32
    /// The port the kernel chose.
    let port: UInt16

    /// Creates, binds and listens.
    /// - Parameter backlog: how many connections may wait to be accepted.
    /// - Throws: `LoopbackRedirectError.socket` naming the step that failed.
    static func listen(backlog: Int32) throws(LoopbackRedirectError) -> LoopbackSocket {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .socket(operation: "create", errno: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && Glibc.listen(descriptor, backlog) == 0
                    && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else {
            let code = errno
            close(descriptor)
            throw .socket(operation: "bind", errno: code)
        }
        return LoopbackSocket(descriptor: descriptor, port: UInt16(bigEndian: address.sin_port))
    }
}
