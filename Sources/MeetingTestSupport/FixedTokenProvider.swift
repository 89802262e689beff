import MeetingKit

/// A token provider with one token of unknown scopes that is never renewed, for peers that are
/// not Zoom (canned answers, hostile servers, the fuzz targets).
public struct FixedTokenProvider: TokenProvider {
    /// The one token.
    public let token = AccessToken(
        value: Secret("fixed-test-token"), expiresAt: nil, scopes: .unknown, source: .pastedToken)

    public init() {}

    public func currentToken() async throws -> AccessToken { token }

    public func renewToken(after rejected: AccessToken) async throws -> AccessToken { token }
}
