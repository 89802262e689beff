import Locking

/// The idle easy handles of a transport, lent to one transfer at a time.
///
/// The most recently returned handle is lent first, so sequential requests run on one handle
/// and therefore on one kept-alive connection. Concurrent requests get handles (and connections)
/// of their own; at most `capacity` idle handles are kept, the rest are cleaned up.
final class CurlHandlePool: Sendable {
    private let idle = Locked<[CurlEasyHandle]>([])
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Takes the most recently used idle handle, or creates one.
    func checkOut() throws(TransportError) -> CurlEasyHandle {
        if let handle = idle.withLock({ $0.popLast() }) { return handle }
        guard let handle = CurlEasyHandle() else { throw TransportError.notSent("libcurl could not create a handle") }
        return handle
    }

    /// Returns a handle whose transfer has finished. It is kept for reuse while there is room;
    /// otherwise it is cleaned up (closing its connections) when the caller lets go of it.
    func checkIn(_ handle: CurlEasyHandle) {
        idle.withLock { handles in
            if handles.count < capacity { handles.append(handle) }
        }
    }
}
