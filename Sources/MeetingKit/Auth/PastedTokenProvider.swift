/// Supplies a bearer token the operator pasted (`ZOOM_ACCESS_TOKEN` or `meeting-tui login --token`).
/// Its scopes and expiry are unknown and it cannot be renewed.
public struct PastedTokenProvider: TokenProvider {
    private let token: AccessToken

    /// A provider for the pasted token.
    public init(token: Secret) {
        self.token = AccessToken(value: token, expiresAt: nil, scopes: .unknown, source: .pastedToken)
    }

    /// The pasted token.
    public func currentToken() async throws -> AccessToken { token }

    /// Always throws `CredentialError.pastedTokenRejected`: a pasted token cannot be renewed.
    public func renewToken(after rejected: AccessToken) async throws -> AccessToken {
        throw CredentialError.pastedTokenRejected
    }
}
