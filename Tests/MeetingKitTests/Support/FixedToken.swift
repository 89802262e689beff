import MeetingKit

/// A provider with one token of unknown scopes that is never renewed, for peers that are not Zoom.
struct FixedToken: TokenProvider {
    func currentToken() async throws -> AccessToken {
        AccessToken(value: Secret("fixed-test-token"), expiresAt: nil, scopes: .unknown, source: .pastedToken)
    }

    func renewToken(after rejected: AccessToken) async throws -> AccessToken { rejected }
}
