import Glibc

/// Why the browser's redirect back to meeting-tui did not deliver an authorization code.
public enum LoopbackRedirectError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The listening socket could not be set up or used.
    case socket(operation: String, errno: Int32)
    /// No redirect arrived in time.
    case timedOut(seconds: Int)
    /// Zoom redirected with an error instead of a code (the operator declined, for example).
    case denied(error: String, reason: String?)
    /// The redirect carried no `code`.
    case missingCode

    /// A sentence for the operator; the words the redirect carried are escaped (`TerminalText.escaped`).
    public var description: String {
        switch self {
        case .socket(let operation, let code):
            return "could not \(operation) the local redirect listener: \(String(cString: strerror(code)))"
        case .timedOut(let seconds):
            return "no answer from the browser within \(seconds) seconds; start the login again"
        case .denied(let error, let reason):
            return "Zoom did not authorize meeting-tui (\(TerminalText.escaped(error)))"
                + (reason.map { ": \(TerminalText.escaped($0))" } ?? "")
        case .missingCode:
            return "the browser's redirect carried no authorization code"
        }
    }
}
