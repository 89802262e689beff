/// Why no usable token can be had from the configured credentials, in words that tell the
/// operator what to do next.
public enum CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Zoom rejected the pasted token; it cannot be renewed.
    case pastedTokenRejected
    /// The user OAuth login can no longer be refreshed (revoked, expired, or its refresh token spent).
    case loginExpired(reason: String)
    /// The stored user OAuth login disappeared (another process logged out).
    case notLoggedIn
    /// Server-to-Server credentials are only partly configured.
    case incompleteServerToServer(missing: [String])
    /// No credentials are configured at all. `configFile` is where they could be written.
    case noCredentials(configFile: String)
    /// The stored login was made for another REST server than the one in effect: its token would go
    /// to a server it was not meant for.
    case loginForAnotherServer(storedFor: String, inEffect: String)

    public var description: String {
        switch self {
        case .pastedTokenRejected:
            return "the pasted token was rejected; paste a new one with `meeting-tui login --token`"
        case .loginExpired(let reason):
            return "the stored Zoom login can no longer be renewed (\(reason)); sign in again with `meeting-tui login`"
        case .notLoggedIn:
            return "the stored Zoom login was removed (logged out elsewhere); sign in again with `meeting-tui login`"
        case .incompleteServerToServer(let missing):
            return "Server-to-Server OAuth is only partly configured: missing " + missing.joined(separator: ", ")
        case .loginForAnotherServer(let storedFor, let inEffect):
            return "the stored Zoom login was made for \(storedFor), not \(inEffect); its token is not sent elsewhere. "
                + "Point ZOOM_API_URL (or api_url) back at \(storedFor), or sign in again with `meeting-tui login`"
        case .noCredentials(let configFile):
            return """
                no Zoom credentials found. Choose one:
                  meeting-tui login --token     paste an access token (its scopes are unknown)
                  meeting-tui login             sign in with a user OAuth app in a browser
                  meeting-tui login --device    sign in on another device (fits SSH sessions)
                  or set ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET (or account_id, client_id and
                  client_secret under [zoom] in \(configFile)) for a Server-to-Server OAuth app,
                  the only kind that can call room systems into meetings
                """
        }
    }
}
