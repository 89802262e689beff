import FoundationEssentials
import PlainText

/// Decides which credentials to use, in this order: a pasted token (`ZOOM_ACCESS_TOKEN`, or one
/// stored by `meeting-tui login --token`), then a Server-to-Server app (`ZOOM_ACCOUNT_ID`,
/// `ZOOM_CLIENT_ID`, `ZOOM_CLIENT_SECRET`, each overriding `[zoom]` in the config file), then a
/// stored user OAuth login. With none, the error lists the operator's choices.
public struct CredentialResolver: Sendable {
    private let environment: [String: String]
    private let configuration: AppConfiguration
    private let store: TokenStore
    private let configFile: URL
    private let transport: any HTTPTransport
    private let clock: any MeetingClock

    /// - Parameters:
    ///   - directory: where the token store and config file live.
    ///   - configuration: the loaded config file.
    ///   - transport: sends OAuth requests for the providers.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, directory: ConfigDirectory,
        configuration: AppConfiguration, transport: any HTTPTransport, clock: any MeetingClock = SystemClock()
    ) {
        self.environment = environment
        self.configuration = configuration
        store = TokenStore(directory: directory)
        configFile = directory.configFile
        self.transport = transport
        self.clock = clock
    }

    /// The credentials to use.
    /// - Throws: `CredentialError` when none (or only part of a Server-to-Server app) are configured,
    ///   `TokenStoreError` when the stored credentials are unsafe or corrupt, `ConfigurationError`
    ///   when `ZOOM_API_URL` or `ZOOM_OAUTH_URL` is set but not a URL, or a URL in effect would
    ///   carry tokens in clear (`EndpointPolicy`).
    public func resolve() throws -> ResolvedCredentials {
        try configuration.zoom.checkEndpoints(environment: environment)
        if let pasted = nonEmpty("ZOOM_ACCESS_TOKEN") {
            return ResolvedCredentials(
                provider: PastedTokenProvider(token: Secret(pasted)), source: .pastedToken,
                description: "pasted access token from ZOOM_ACCESS_TOKEN (scopes unknown)")
        }
        let stored = try store.load().login
        if let stored, stored.kind == .pasted {
            try checkServer(of: stored)
            return ResolvedCredentials(
                provider: PastedTokenProvider(token: stored.accessToken), source: .pastedToken,
                description: "pasted access token stored in \(store.file.path) (scopes unknown)")
        }
        if let serverToServer = try serverToServer() {
            return serverToServer
        }
        if let stored, stored.kind == .userOAuth {
            try checkServer(of: stored)
            let oauthURL = try stored.oauthBaseURL ?? configuration.zoom.effectiveOAuthBaseURL(environment: environment)
            try EndpointPolicy.check(
                oauthURL, setting: "oauth_url stored in \(store.file.path)", environment: environment)
            let provider = UserOAuthTokenProvider(
                store: store, oauth: OAuthClient(baseURL: oauthURL, transport: transport, clock: clock), clock: clock)
            let client = stored.clientID.map { ", client id \($0)" } ?? ""
            return ResolvedCredentials(
                provider: provider, source: .userOAuth,
                description: "\(CredentialSource.userOAuth.displayName) stored in \(store.file.path)\(client)")
        }
        throw CredentialError.noCredentials(configFile: configFile.path)
    }

    /// Refuses a stored login made for another REST server than the one in effect.
    private func checkServer(of login: StoredCredentials) throws {
        let apiURL = try configuration.zoom.effectiveAPIBaseURL(environment: environment)
        if let storedFor = login.requestedAPIBaseURL, storedFor != apiURL {
            throw CredentialError.loginForAnotherServer(
                storedFor: storedFor.absoluteString, inEffect: apiURL.absoluteString)
        }
    }

    /// Server-to-Server credentials from the environment, then the config file, field by field.
    /// Only an account id makes them Server-to-Server: a client id alone may belong to a user OAuth app.
    private func serverToServer() throws -> ResolvedCredentials? {
        let zoom = configuration.zoom
        let accountID = field("ZOOM_ACCOUNT_ID", config: zoom.accountID, configKey: "account_id")
        guard let account = accountID.value else { return nil }
        let clientID = field("ZOOM_CLIENT_ID", config: zoom.clientID, configKey: "client_id")
        let clientSecret = field(
            "ZOOM_CLIENT_SECRET", config: zoom.clientSecret?.exposedValue, configKey: "client_secret")
        let missing = [clientID, clientSecret].filter { $0.value == nil }.map(\.name)
        guard missing.isEmpty, let client = clientID.value, let secret = clientSecret.value else {
            throw CredentialError.incompleteServerToServer(missing: missing)
        }
        let credentials = ServerToServerCredentials(accountID: account, clientID: client, clientSecret: Secret(secret))
        let oauth = OAuthClient(
            baseURL: try zoom.effectiveOAuthBaseURL(environment: environment), transport: transport, clock: clock)
        let origins = Set([accountID.origin, clientID.origin, clientSecret.origin]).sorted().joined(separator: " and ")
        return ResolvedCredentials(
            provider: ServerToServerTokenProvider(
                credentials: credentials, oauth: oauth,
                apiBaseURL: try zoom.effectiveAPIBaseURL(environment: environment), store: store, clock: clock),
            source: .serverToServer,
            description:
                "\(CredentialSource.serverToServer.displayName) from \(origins), account \(account), client id \(client)"
        )
    }

    private func field(_ variable: String, config: String?, configKey: String) -> (
        value: String?, origin: String, name: String
    ) {
        if let value = nonEmpty(variable) { return (value, "the environment", variable) }
        return (config, configFile.path, "\(variable) (or \(configKey) under [zoom] in \(configFile.path))")
    }

    private func nonEmpty(_ variable: String) -> String? {
        environment[variable].map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
