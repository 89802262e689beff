import FoundationEssentials

/// A failure talking to Zoom's OAuth server, with Zoom's own reason where it gave one.
/// Never carries a token, code or client secret.
public enum OAuthError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Zoom answered with an error: `error` is the OAuth error code (`invalid_client`,
    /// `invalid_grant`...), `reason` Zoom's explanation.
    case rejected(status: Int, error: String?, reason: String)
    /// The operator declined the authorization (`access_denied`).
    case accessDenied(reason: String?)
    /// The device code expired before the operator approved it (`expired_token`).
    case deviceCodeExpired
    /// No answer came back from the OAuth server.
    case transport(TransportError)
    /// Zoom's answer could not be understood.
    case malformedResponse(String)

    /// Whether Zoom rejected the grant itself: an authorization code or refresh token that is
    /// invalid, expired or already spent. The operator has to log in again.
    public var isInvalidGrant: Bool {
        if case .rejected(_, let error, _) = self { return error == "invalid_grant" }
        return false
    }

    /// A sentence for the operator; the OAuth server's own words in it are escaped (`TerminalText.escaped`).
    public var description: String {
        switch self {
        case .rejected(let status, let error, let reason):
            let code = error.map { " \(TerminalText.escaped($0))" } ?? ""
            return "Zoom's OAuth server refused the request (HTTP \(status)\(code)): \(TerminalText.escaped(reason))"
        case .accessDenied(let reason):
            return "the authorization was denied" + (reason.map { ": \(TerminalText.escaped($0))" } ?? "")
        case .deviceCodeExpired:
            return "the device code expired before it was approved; start the login again"
        case .transport(let error):
            return "could not reach Zoom's OAuth server: \(error)"
        case .malformedResponse(let detail):
            return "Zoom's OAuth server sent an answer that cannot be read: \(TerminalText.escaped(detail))"
        }
    }

    /// Reads an OAuth error answer: `{"error": .., "reason": ..}` (Zoom), `error_description`
    /// (RFC 6749) or `{"code": .., "message": ..}` (Zoom's API style).
    static func from(_ response: HTTPResponse) -> OAuthError {
        let answer = ErrorAnswer(response)
        let error = answer.error
        let reason = answer.reason ?? answer.errorDescription ?? answer.message ?? error ?? "HTTP \(response.status)"
        if error == "access_denied" { return .accessDenied(reason: reason) }
        if error == "expired_token" { return .deviceCodeExpired }
        return .rejected(status: response.status, error: error, reason: reason)
    }
}
