import ArgumentParser
import FoundationEssentials
import MeetingKit

/// `meeting-tui logout`: revoke the stored tokens at Zoom, then forget them.
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout", abstract: "Revoke the stored tokens at Zoom and delete them.",
        discussion: "The tokens are deleted even when Zoom cannot be reached; the exit status is then 69.")

    func run() async throws {
        try await CommandRunner.run {
            let environment = ProcessInfo.processInfo.environment
            let directory = ConfigDirectory(environment: environment)
            // A broken config file must not keep anyone signed in: its settings are only a fallback here.
            let configuration = (try? ConfigFile(directory: directory).load()) ?? AppConfiguration()
            let store = TokenStore(directory: directory)
            let signOut = SignOut(
                store: store, transport: CurlTransport(),
                defaultOAuthBaseURL: try configuration.zoom.effectiveOAuthBaseURL(environment: environment),
                serverToServerSecret: environment["ZOOM_CLIENT_SECRET"].flatMap { $0.isEmpty ? nil : Secret($0) }
                    ?? configuration.zoom.clientSecret)
            let report = try await signOut.run()
            for step in report.steps { print(step.description) }
            print(report.deleted ? "signed out: deleted \(store.file.path)" : "no stored credentials")
            if report.revocationFailed { throw ExitStatus.unavailable.exitCode }
        }
    }
}
