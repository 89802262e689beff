import Foundation
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Runs the real `meeting-tui` binary against a simulator on loopback, in private config and state
/// directories, and collects its exit status and output.
struct CommandLineHarness {
    /// What one run produced.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    let simulator: ZoomSimulator
    let home: URL
    var environment: [String: String]

    /// The `meeting-tui` binary next to the test bundle.
    static var binary: URL { ChildProcess.built("meeting-tui") }

    /// Starts a simulator (short rings, no rate limits unless asked) and an environment that signs in as
    /// `app` (a Server-to-Server app acting for its user, `ZOOM_USER`).
    static func start(
        app: SimulatedApp? = .accountLevel, for test: XCTestCase,
        _ adjust: (inout SimulatorConfiguration) -> Void = { _ in }
    ) async throws -> CommandLineHarness {
        var configuration = SimulatorConfiguration()
        configuration.ringSeconds = 0.3
        configuration.rateLimitsEnabled = false
        configuration.deviceInterval = 1
        adjust(&configuration)
        let simulator = try await ZoomSimulator.start(configuration)
        test.addTeardownBlock { await simulator.shutdown() }
        let home = try makeTemporaryDirectory(test)
        var environment = [
            "HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "ZOOM_API_URL": simulator.apiBaseURL.absoluteString,
            "ZOOM_OAUTH_URL": simulator.oauthBaseURL.absoluteString,
            "LANG": "C.UTF-8", "TZ": "UTC",
        ]
        // Under scripts/sanitize.sh the binary is sanitized too; its reports go where the script collects them.
        for (name, value) in ProcessInfo.processInfo.environment where name.hasSuffix("SAN_OPTIONS") {
            environment[name] = value
        }
        if let app, app.kind == .serverToServer {
            environment["ZOOM_ACCOUNT_ID"] = app.accountID
            environment["ZOOM_CLIENT_ID"] = app.clientID
            environment["ZOOM_CLIENT_SECRET"] = app.clientSecret
            environment["ZOOM_USER"] = app.userID
        }
        return CommandLineHarness(simulator: simulator, home: home, environment: environment)
    }

    /// Runs `meeting-tui` with `arguments`, feeding `input` on standard input, and waits for it
    /// (a minute at most: then it is killed and the test fails).
    func run(_ arguments: [String], input: String = "") throws -> Run {
        let exit = try ChildProcess.run(Self.binary, arguments, environment: environment, input: input, outputIn: home)
        return Run(status: exit.status, stdout: exit.stdout, stderr: exit.stderr)
    }

    /// Writes the operator's `config.toml` (`$XDG_CONFIG_HOME/meeting-tui/config.toml`).
    func writeConfig(_ text: String) throws {
        let directory = home.appendingPathComponent("config/meeting-tui")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try text.write(to: directory.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    }

    /// The PATCH requests (in-meeting events) the simulator received.
    func eventRequests() async -> [RecordedRequest] {
        await simulator.requestLog().filter { $0.method == "PATCH" }
    }

    /// The audit log's lines.
    func auditLines() throws -> [String] {
        let file = home.appendingPathComponent("state/meeting-tui/audit.log")
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}
