/// An OAuth error answer: `{"reason": "...", "error": "..."}` with a 4xx status, as zoom.us sends them.
struct OAuthError: Error, Sendable {
    private struct Body: Encodable {
        var reason: String
        var error: String
    }

    var status: Int
    var error: String
    var reason: String

    var response: OutgoingResponse {
        .json(Body(reason: reason, error: error), status: status, note: "oauth \(error): \(reason)")
    }

    static let invalidClient = OAuthError(
        status: 401, error: "invalid_client", reason: "Invalid client_id or client_secret")
    static let spentToken = OAuthError(status: 400, error: "invalid_grant", reason: "Invalid Token!")
    static let invalidCode = OAuthError(status: 400, error: "invalid_grant", reason: "Invalid authorization code")
    static let pending = OAuthError(
        status: 400, error: "authorization_pending", reason: "User has not yet authorized the device")
    static let slowDown = OAuthError(status: 400, error: "slow_down", reason: "Polling too frequently")
    static let expiredDeviceCode = OAuthError(status: 400, error: "expired_token", reason: "Device code has expired")

    static func invalidRequest(_ reason: String) -> OAuthError {
        OAuthError(status: 400, error: "invalid_request", reason: reason)
    }

    static func unsupportedGrant(_ grant: String) -> OAuthError {
        OAuthError(status: 400, error: "unsupported_grant_type", reason: "Unsupported grant type: \(grant)")
    }

    static func unauthorizedClient(_ reason: String) -> OAuthError {
        OAuthError(status: 400, error: "unauthorized_client", reason: reason)
    }
}
