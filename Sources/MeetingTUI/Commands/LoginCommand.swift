import ArgumentParser
import FoundationEssentials
import MeetingKit

/// `meeting-tui login`: sign in and store the credentials (never from the command line, where `ps` shows it).
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract:
            "Sign in to Zoom: user OAuth in a browser (default), the device grant, a pasted token, or check Server-to-Server credentials.",
        discussion: """
            --token reads the token from standard input (hidden on a terminal). --s2s checks the Server-to-Server app \
            given by ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET (or [zoom] in the config file) and caches a token; \
            it asks for the secret when none is configured. --oauth and --device sign in with a user OAuth app whose client \
            id comes from --client-id or ZOOM_CLIENT_ID; a confidential app's secret from ZOOM_CLIENT_SECRET.
            """)

    enum Method: String, EnumerableFlag {
        case oauth, device, token, s2s
    }

    @Flag(exclusivity: .exclusive, help: "How to sign in.") var method: Method = .oauth
    @Option(help: "The user OAuth app's client id (else ZOOM_CLIENT_ID or the config file).") var clientId: String?
    @Option(help: "Seconds to wait for the browser or the device approval.") var timeout: Double = 300

    func run() async throws {
        try await CommandRunner.run {
            let environment = ProcessInfo.processInfo.environment
            let directory = ConfigDirectory(environment: environment)
            let configuration = try ConfigFile(directory: directory).load()
            for warning in configuration.zoom.endpointWarnings(environment: environment) {
                Output.error("warning: \(warning)")
            }
            let flow = LoginFlow(
                environment: environment, directory: directory, configuration: configuration, timeout: timeout)
            let summary: String
            switch method {
            case .token: summary = try await flow.pasteToken()
            case .s2s: summary = try await flow.checkServerToServer()
            case .oauth: summary = try await flow.authorizationCode(clientID: clientID(configuration, environment))
            case .device: summary = try await flow.deviceGrant(clientID: clientID(configuration, environment))
            }
            print(summary)
        }
    }

    private func clientID(_ configuration: AppConfiguration, _ environment: [String: String]) throws -> String {
        guard
            let id = clientId ?? environment["ZOOM_CLIENT_ID"].flatMap({ $0.isEmpty ? nil : $0 })
                ?? configuration.zoom.clientID
        else {
            throw CommandFailure(
                description:
                    "a user OAuth app's client id is needed: --client-id, ZOOM_CLIENT_ID, or client_id under [zoom]",
                status: .configuration)
        }
        return id
    }
}
