/// Where the credentials in use come from, which decides what kind of app they belong to.
public enum CredentialSource: String, Sendable, Codable, Hashable {
    /// A bearer token pasted by the operator (`ZOOM_ACCESS_TOKEN` or `login --token`): scopes unknown.
    case pastedToken = "pasted-token"
    /// Server-to-Server OAuth: an account-level app, which can hold admin-level scopes.
    case serverToServer = "server-to-server"
    /// User OAuth (authorization code with PKCE, or the device grant): a user-managed app, which cannot
    /// hold admin-level scopes, or an admin-managed one, which can; only the granted scopes tell them apart.
    case userOAuth = "user-oauth"

    /// A phrase for the operator.
    public var displayName: String {
        switch self {
        case .pastedToken: return "pasted access token"
        case .serverToServer: return "Server-to-Server OAuth (account-level app)"
        case .userOAuth: return "user OAuth (user-managed or admin-managed app)"
        }
    }
}
