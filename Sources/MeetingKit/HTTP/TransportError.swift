/// Why no HTTP response arrived, split by whether the server may have processed the request.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request never left: DNS failure, connection refused, TLS handshake failure.
    /// The server certainly did not process it, so any request may be repeated.
    case notSent(String)
    /// The request was (or may have been) sent, but no complete answer came back:
    /// the connection dropped, or the total timeout expired. The server may have processed it.
    case noAnswer(String)
    /// The answer was larger than the transport accepts.
    case responseTooLarge(limit: Int)

    /// Whether the server certainly did not act on the request.
    public var certainlyNotProcessed: Bool {
        if case .notSent = self { return true }
        return false
    }

    /// A sentence for the operator; the reason is escaped (`TerminalText.escaped`).
    public var description: String {
        switch self {
        case .notSent(let reason): return "could not reach Zoom: \(TerminalText.escaped(reason))"
        case .noAnswer(let reason): return "no answer from Zoom: \(TerminalText.escaped(reason))"
        case .responseTooLarge(let limit): return "Zoom's answer was larger than \(limit) bytes"
        }
    }
}
