import FoundationEssentials

/// An access token the simulator handed out, and who holds it.
struct IssuedToken: Sendable {
    var value: String
    var app: SimulatedApp
    var scopes: [String]
    var expiresAt: Date
    var revoked = false

    /// Whether the token has any of `accepted`.
    func hasAny(of accepted: [String]) -> Bool {
        scopes.contains { accepted.contains($0) }
    }
}

/// What the client of an authenticated API request is.
typealias Caller = IssuedToken
