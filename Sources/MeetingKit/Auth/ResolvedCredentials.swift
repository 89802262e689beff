/// The credentials meeting-tui will use: the token provider, where the credentials come from,
/// and a description for `doctor` and the status bar that never includes a secret.
public struct ResolvedCredentials: Sendable {
    /// Supplies the tokens; hand it to `ZoomClient`.
    public let provider: any TokenProvider
    /// The kind of app the credentials belong to.
    public let source: CredentialSource
    /// For example "Server-to-Server OAuth (account-level app) from ZOOM_ACCOUNT_ID/ZOOM_CLIENT_ID/ZOOM_CLIENT_SECRET, client id abc".
    public let description: String

    /// Creates the resolved value.
    public init(provider: any TokenProvider, source: CredentialSource, description: String) {
        self.provider = provider
        self.source = source
        self.description = description
    }
}
