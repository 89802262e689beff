import FoundationEssentials
import MeetingKit
import ZoomSimulator

/// Everything a command needs to act as the signed-in operator: configuration, credentials,
/// the Zoom client and the audit log. Built from the environment and the config file, or from `--demo`.
struct Session {
    let configuration: AppConfiguration
    let directory: ConfigDirectory
    let credentials: ResolvedCredentials
    let client: ZoomClient
    let auditLog: AuditLog
    /// The saved rooms: the config file's, or the demo's.
    let rooms: [SavedRoom]
    /// Whose own meetings are listed without the Dashboard, and who is shown as signed in.
    let user: ActingUser

    /// Opens a session as the options say.
    static func open(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment)
        async throws -> Session
    {
        let directory = ConfigDirectory(environment: environment)
        if options.demo {
            let demo = try DemoEnvironment.start()
            let transport = SimulatorTransport(simulator: demo.simulator)
            let oauth = OAuthClient(baseURL: demo.simulator.oauthBaseURL, transport: transport)
            let provider = ServerToServerTokenProvider(credentials: demo.credentials, oauth: oauth, store: nil)
            let credentials = ResolvedCredentials(
                provider: provider, source: .serverToServer,
                description: "the built-in simulator's account-level app (demo)")
            let client = ZoomClient(
                configuration: .init(apiBaseURL: demo.simulator.apiBaseURL), transport: transport, tokens: provider)
            return Session(
                configuration: AppConfiguration(), directory: directory, credentials: credentials, client: client,
                auditLog: AuditLog(fileURL: demo.stateDirectory.appendingPathComponent("audit.log")),
                rooms: DemoEnvironment.rooms,
                user: ActingUser(source: .serverToServer, configured: options.user ?? DemoEnvironment.user))
        }
        let transport = CurlTransport()
        let configuration = try ConfigFile(directory: directory).load()
        let credentials = try CredentialResolver(
            environment: environment, directory: directory, configuration: configuration,
            transport: transport
        ).resolve()
        for warning in configuration.zoom.endpointWarnings(environment: environment) {
            Output.error("warning: \(warning)")
        }
        let client = ZoomClient(
            configuration: .init(apiBaseURL: try configuration.zoom.effectiveAPIBaseURL(environment: environment)),
            transport: transport, tokens: credentials.provider)
        return Session(
            configuration: configuration, directory: directory, credentials: credentials, client: client,
            auditLog: AuditLog(environment: environment),
            rooms: configuration.rooms,
            user: ActingUser(
                source: credentials.source,
                configured: options.user ?? environment["ZOOM_USER"] ?? configuration.zoom.user))
    }

    /// The saved rooms as the options say (the config file's, or the demo's), read without credentials;
    /// none when the config cannot be read (opening the session then reports why).
    static func savedRooms(
        _ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [SavedRoom] {
        if options.demo { return DemoEnvironment.rooms }
        return (try? ConfigFile(directory: ConfigDirectory(environment: environment)).load().rooms) ?? []
    }

    /// The current token (fetched or renewed as needed).
    func token() async throws -> AccessToken {
        try await credentials.provider.currentToken()
    }

}
