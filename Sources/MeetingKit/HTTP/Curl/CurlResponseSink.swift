import FoundationEssentials
import PlainText

/// Collects one answer as libcurl delivers it: header lines and (decoded) body bytes,
/// refusing body bytes beyond a limit so that memory stays bounded.
///
/// Only the thread running the transfer touches it (through libcurl's callbacks).
final class CurlResponseSink {
    private(set) var headers: [String: String] = [:]
    private(set) var body = Data()
    /// Whether the body grew past `limit` and the transfer was aborted for it.
    private(set) var exceededLimit = false
    let limit: Int
    let cancellation: CurlCancellation

    init(limit: Int, cancellation: CurlCancellation) {
        self.limit = limit
        self.cancellation = cancellation
    }

    /// Takes body bytes; returns how many were taken (fewer than offered aborts the transfer).
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard bytes.count <= limit - body.count else {
            exceededLimit = true
            return 0
        }
        body.append(contentsOf: bytes)
        return bytes.count
    }

    /// Takes one header line. A status line starts a new header block, so the fields of an
    /// interim answer (`100 Continue`, a proxy's `CONNECT` answer) do not leak into the final one.
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        if line.hasPrefix("HTTP/") {
            headers = [:]
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].trimmingSpaces().lowercased()
        guard !name.isEmpty else { return }
        headers[name] = line[line.index(after: colon)...].trimmingSpaces()
    }
}
