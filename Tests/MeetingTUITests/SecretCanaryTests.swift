import Foundation
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// A canary client secret and a canary token go through every command of the real `meeting-tui`
/// binary, on success and error paths, against the simulator. Neither may appear in any output,
/// in the audit log, or in any other file the commands write outside the token store.
final class SecretCanaryTests: XCTestCase {
    private static let canarySecret = "CANARY-SECRET-7f3a9c1e5b"
    private static let canaryToken = "CANARY-TOKEN-e2d4b6a8c0"
    private static let canaryApp = SimulatedApp(
        kind: .serverToServer, name: "Canary app", accountID: "canary-account", clientID: "canary-client",
        clientSecret: canarySecret, scopes: SimulatedApp.accountLevel.scopes, userID: "canary-admin")

    func testCanarySecretsNeverAppearInOutputOrLogs() async throws {
        let harness = try await CommandLineHarness.start(app: Self.canaryApp, for: self) { configuration in
            configuration.apps = [Self.canaryApp, .userLevel]
            configuration.unreachableAddresses = ["sip:annex@rooms.example.com"]
        }
        let meetings = await harness.simulator.liveMeetings()
        let id = String(try XCTUnwrap(meetings.first).id)
        let s2s = harness.environment
        // In a config directory of its own, so that no token cached by the other runs is reused.
        let wrongSecret = s2s.merging([
            "ZOOM_CLIENT_SECRET": Self.canarySecret + "-wrong",
            "XDG_CONFIG_HOME": harness.home.appendingPathComponent("other-config").path,
        ]) { $1 }
        let base = s2s.filter { !$0.key.hasPrefix("ZOOM_") || $0.key.hasSuffix("_URL") }
        let pasted = base.merging(["ZOOM_ACCESS_TOKEN": Self.canaryToken]) { $1 }

        let runs: [(String, [String], [String: String], String)] = [
            ("doctor", ["doctor"], s2s, ""),
            ("login --s2s", ["login", "--s2s"], s2s, ""),
            ("meetings", ["meetings"], s2s, ""),
            ("meetings --json", ["meetings", "--json"], s2s, ""),
            ("participants", ["participants", id], s2s, ""),
            ("invite joined", ["invite", id, "--sip", "boardroom@rooms.example.com", "--timeout", "3"], s2s, ""),
            (
                "invite not joined", ["invite", id, "--sip", "annex@rooms.example.com", "--timeout", "1", "--json"],
                s2s, ""
            ),
            ("invite bad address", ["invite", id, "--sip", "not an address"], s2s, ""),
            ("invite unknown meeting", ["invite", "999 9999 9999", "--sip", "room@example.com"], s2s, ""),
            ("doctor, wrong secret", ["doctor"], wrongSecret, ""),
            ("meetings, wrong secret", ["meetings"], wrongSecret, ""),
            ("meetings, pasted canary token", ["meetings"], pasted, ""),
            ("invite, pasted canary token", ["invite", id, "--sip", "room@example.com", "--timeout", "1"], pasted, ""),
            ("login --token from stdin", ["login", "--token"], base, Self.canaryToken + "\n"),
            ("meetings after login --token", ["meetings"], base, ""),
            ("doctor after login --token", ["doctor"], base, ""),
        ]
        var statuses: [String: Int32] = [:]
        for (name, arguments, environment, input) in runs {
            var run = harness
            run.environment = environment
            let result = try run.run(arguments, input: input)
            statuses[name] = result.status
            for canary in [Self.canarySecret, Self.canaryToken] {
                XCTAssertFalse(
                    (result.stdout + result.stderr).contains(canary),
                    "`meeting-tui \(arguments.joined(separator: " "))` printed a canary:\n\(result.stdout)\(result.stderr)"
                )
            }
        }
        // The runs did what they should, so the absence of the canary means something.
        XCTAssertEqual(statuses["invite joined"], 0)
        XCTAssertNotEqual(statuses["meetings, wrong secret"], 0)
        XCTAssertNotEqual(statuses["meetings, pasted canary token"], 0)

        XCTAssertTrue(
            try harness.auditLines().contains { $0.contains("\"joined\"") }, "the joined invite is not in the audit log"
        )
        // Every file the commands wrote (output captures, audit log, config) except the token store itself.
        for file in try filesWritten(under: harness.home) where !file.lastPathComponent.hasPrefix("tokens") {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            for canary in [Self.canarySecret, Self.canaryToken] {
                XCTAssertFalse(text.contains(canary), "\(file.path) holds a canary")
            }
        }
        // The simulator's own record of requests saw the secret only where it belongs: Basic auth to /oauth/token.
        let leaked = await harness.simulator.requestLog().filter {
            String(decoding: $0.body, as: UTF8.self).contains(Self.canarySecret)
        }
        XCTAssertTrue(leaked.isEmpty, "the secret was sent in a request body: \(leaked.map(\.path))")
    }

    private func filesWritten(under directory: URL) throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        return (enumerator?.allObjects as? [URL] ?? []).filter {
            (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        }
    }
}
