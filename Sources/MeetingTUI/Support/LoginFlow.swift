import FoundationEssentials
import MeetingKit
import PlainText

/// The sign-in flows of `meeting-tui login`, each ending with the credentials stored (0600) and a summary.
struct LoginFlow {
    let environment: [String: String]
    let directory: ConfigDirectory
    let configuration: AppConfiguration
    let timeout: TimeInterval
    private let transport = CurlTransport()

    init(
        environment: [String: String], directory: ConfigDirectory, configuration: AppConfiguration,
        timeout: TimeInterval
    ) {
        self.environment = environment
        self.directory = directory
        self.configuration = configuration
        self.timeout = timeout
    }

    private var store: TokenStore { TokenStore(directory: directory) }
    private func makeOAuthClient() throws -> OAuthClient {
        OAuthClient(
            baseURL: try configuration.zoom.effectiveOAuthBaseURL(environment: environment), transport: transport)
    }

    /// Reads a pasted token from standard input, checks it with Zoom, and stores it.
    func pasteToken() async throws -> String {
        guard let text = Output.readSecret(prompt: "Paste the access token (input hidden): ") else {
            throw CommandFailure(description: "no token on standard input", status: .usage)
        }
        let token = try PastedToken.validate(text)
        let apiBaseURL = try configuration.zoom.effectiveAPIBaseURL(environment: environment)
        let stored = StoredCredentials(kind: .pasted, accessToken: token, requestedAPIBaseURL: apiBaseURL)
        let user = try await ZoomClient(
            configuration: .init(apiBaseURL: apiBaseURL), transport: transport,
            tokens: PastedTokenProvider(token: token)
        ).currentUser()
        try await store.update { $0.login = stored }
        return
            "signed in as \(Output.value(user.displayName)) with a pasted token (scopes unknown; stored in \(store.file.path)).\n"
            + "Its scopes cannot be seen: `meeting-tui doctor` shows what it can do. Room-system call-outs need "
            + "\(ScopeAdvice.scopeNames(Capability.roomSystemCallout.requirement))."
    }

    /// Checks the configured Server-to-Server app by getting a token, and reports what it may do.
    func checkServerToServer() async throws -> String {
        var environment = environment
        if environment["ZOOM_CLIENT_SECRET"] == nil, configuration.zoom.clientSecret == nil {
            guard let secret = Output.readSecret(prompt: "Client secret of the Server-to-Server app (input hidden): "),
                !secret.isEmpty
            else {
                throw CommandFailure(description: "no client secret given", status: .usage)
            }
            environment["ZOOM_CLIENT_SECRET"] = secret
        }
        let credentials = try CredentialResolver(
            environment: environment, directory: directory, configuration: configuration,
            transport: transport
        ).resolve()
        guard credentials.source == .serverToServer else {
            throw CommandFailure(
                description:
                    "no Server-to-Server app is configured: set ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET "
                    + "(or account_id, client_id, client_secret under [zoom] in \(directory.configFile.path))",
                status: .configuration)
        }
        let token = try await credentials.provider.currentToken()
        let callouts = Capability.roomSystemCallout.isAllowed(by: token.scopes) == true ? "can" : "cannot"
        var summary =
            "Server-to-Server credentials work (\(credentials.description)).\n"
            + "granted scopes: \(Output.value(token.scopes.sorted?.joined(separator: " ") ?? "unknown"))\nthis app \(callouts) call room systems into meetings."
        if self.environment["ZOOM_CLIENT_SECRET"] == nil, configuration.zoom.clientSecret == nil {
            summary +=
                "\nThe secret you typed was not saved: put it in ZOOM_CLIENT_SECRET, or client_secret under [zoom] in "
                + "\(directory.configFile.path) (chmod 600), for later runs."
        }
        return summary
    }

    /// Signs in with the authorization-code flow and PKCE, receiving the redirect on a loopback port.
    func authorizationCode(clientID: String) async throws -> String {
        let client = clientCredentials(clientID)
        let oauth = try makeOAuthClient()
        let receiver = try LoopbackRedirectReceiver()
        defer { receiver.close() }
        let pkce = PKCE()
        let state = UUID().uuidString
        let url = oauth.authorizeURL(clientID: clientID, redirectURI: receiver.redirectURI, state: state, pkce: pkce)
        Output.error(
            "Open this address in a browser on this machine and allow the app:\n  \(url.absoluteString)\n"
                + "(Over SSH without a browser here, use `meeting-tui login --device`, or forward port \(receiver.port).)"
        )
        let code = try await receiver.waitForCode(state: state, timeout: timeout)
        let grant = try await oauth.exchangeAuthorizationCode(
            code, redirectURI: receiver.redirectURI, pkce: pkce, client: client)
        return try await storeUserLogin(grant, client: client, oauth: oauth)
    }

    /// Signs in with the device authorization grant: the operator approves on any other device.
    func deviceGrant(clientID: String) async throws -> String {
        let client = clientCredentials(clientID)
        let oauth = try makeOAuthClient()
        let authorization = try await oauth.requestDeviceAuthorization(client: client)
        let address = authorization.verificationURIComplete ?? authorization.verificationURI
        print(
            "On any device, open \(Output.value(authorization.verificationURI.absoluteString)) and enter the code "
                + Output.value(authorization.userCode))
        if address != authorization.verificationURI { print("(or open \(Output.value(address.absoluteString)))") }
        let grant = try await oauth.waitForDeviceApproval(authorization, client: client)
        return try await storeUserLogin(grant, client: client, oauth: oauth)
    }

    private func clientCredentials(_ clientID: String) -> OAuthClientCredentials {
        let secret =
            environment["ZOOM_CLIENT_SECRET"].flatMap { $0.isEmpty ? nil : Secret($0) }
            ?? configuration.zoom.clientSecret
        return OAuthClientCredentials(clientID: clientID, clientSecret: secret)
    }

    private func storeUserLogin(_ grant: OAuthTokenGrant, client: OAuthClientCredentials, oauth: OAuthClient)
        async throws -> String
    {
        let stored = StoredCredentials(
            kind: .userOAuth, accessToken: grant.accessToken, expiresAt: grant.expiresAt(receivedAt: Date()),
            scopes: grant.scopes, refreshToken: grant.refreshToken, clientID: client.clientID,
            clientSecret: client.clientSecret, oauthBaseURL: oauth.baseURL,
            requestedAPIBaseURL: try configuration.zoom.effectiveAPIBaseURL(environment: environment))
        try await store.update { $0.login = stored }
        let callouts =
            Capability.roomSystemCallout.isAllowed(by: grant.scopes) == true
            ? ""
            : "\nNote: room-system call-outs need \(ScopeAdvice.scopeNames(Capability.roomSystemCallout.requirement)), which this app "
                + "was not granted (only \(ScopeAdvice.accountLevelApp) can hold it), so they will be refused; `meeting-tui doctor` explains."
        return "signed in with user OAuth (stored in \(store.file.path)); granted scopes: "
            + Output.value(grant.scopes.sorted?.joined(separator: " ") ?? "unknown") + callouts
    }
}

/// Checks on a pasted access token, so that a malformed one never reaches Zoom.
enum PastedToken {
    static func validate(_ text: String) throws -> Secret {
        let token = text.trimmingWhitespace()
        let bearer = token.lowercased().hasPrefix("bearer ") ? String(token.dropFirst(7)).trimmingSpaces() : token
        guard !bearer.isEmpty else { throw InputError.other("the token is empty") }
        guard bearer.count <= 8192 else {
            throw InputError.other("the token is longer than 8192 characters; was something else pasted?")
        }
        guard bearer.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }) else {
            throw InputError.other("the token holds spaces or characters a Zoom token never has; paste only the token")
        }
        return Secret(bearer)
    }
}
