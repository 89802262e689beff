import FoundationEssentials

/// A bearer token with what is known about it.
public struct AccessToken: Sendable, Hashable, Codable {
    public var value: Secret
    /// When Zoom stops accepting it; `nil` when unknown (a pasted token).
    public var expiresAt: Date?
    public var scopes: GrantedScopes
    public var source: CredentialSource

    public init(value: Secret, expiresAt: Date?, scopes: GrantedScopes, source: CredentialSource) {
        self.value = value
        self.expiresAt = expiresAt
        self.scopes = scopes
        self.source = source
    }

    /// Whether the token should be renewed now: it expires within `margin` seconds.
    public func needsRenewal(at now: Date, margin: TimeInterval = 60) -> Bool {
        guard let expiresAt else { return false }
        return expiresAt.timeIntervalSince(now) <= margin
    }
}
