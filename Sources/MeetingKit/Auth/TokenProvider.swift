/// Supplies bearer tokens to the Zoom client, renewing them as needed.
public protocol TokenProvider: Sendable {
    /// A token that is valid now (renewed first when it is about to expire).
    func currentToken() async throws -> AccessToken
    /// Called after Zoom rejected `rejected` as invalid or expired (401, code 124):
    /// returns a fresh token, or throws when none can be had (a pasted token cannot be renewed).
    func renewToken(after rejected: AccessToken) async throws -> AccessToken
}
