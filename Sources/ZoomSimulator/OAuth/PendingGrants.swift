import FoundationEssentials

/// A refresh token of a user OAuth app. Each refresh spends it and issues a new one.
struct RefreshGrant: Sendable {
    var app: SimulatedApp
    var spent = false
}

/// An authorization code from `/oauth/authorize`, exchangeable once.
struct AuthorizationCode: Sendable {
    var app: SimulatedApp
    var redirectURI: String
    /// The `S256` challenge the code was requested with, if any.
    var codeChallenge: String?
    var expiresAt: Date
    var used = false
}

/// A device authorization in progress (RFC 8628).
struct DeviceAuthorization: Sendable {
    var app: SimulatedApp
    var deviceCode: String
    var userCode: String
    var expiresAt: Date
    var approved = false
    var consumed = false
    var lastPoll: Date?
}
