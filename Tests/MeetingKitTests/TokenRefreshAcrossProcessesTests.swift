import Foundation
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

@testable import MeetingKit

/// Many processes refreshing one stored user OAuth login at once: the file lock must make them
/// take turns so no rotated refresh token is spent twice (the simulator refuses a spent one).
/// The children are `MeetingTestChild refresh-login`.
final class TokenRefreshAcrossProcessesTests: XCTestCase {
    private let processCount = 8
    private let rounds = 3

    func testManyProcessesNeverSpendARefreshTokenTwice() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let base = try makeTemporaryDirectory(self)
            let directory = ConfigDirectory(url: base.appendingPathComponent("meeting-tui"))
            let store = TokenStore(directory: directory)
            let grant = try await simulator.signInWithPKCE()
            try store.save(
                TokenStore.Contents(
                    login: StoredCredentials(
                        kind: .userOAuth, accessToken: grant.accessToken,
                        expiresAt: grant.expiresAt(receivedAt: Date()), scopes: grant.scopes,
                        refreshToken: grant.refreshToken, clientID: SimulatedApp.userLevel.clientID,
                        oauthBaseURL: simulator.oauthBaseURL)))

            // Under scripts/sanitize.sh the children are sanitized too; their reports go where the script collects them.
            let environment = [
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                "HOME": base.path,
                "XDG_CONFIG_HOME": base.path,
            ].merging(ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }) { $1 }
            let children = try (0..<processCount).map { _ in
                try ChildProcess(
                    ChildProcess.built("MeetingTestChild"),
                    ["refresh-login", String(rounds), simulator.apiBaseURL.absoluteString],
                    environment: environment, outputIn: base)
            }
            for child in children {
                let exit = try await child.ended()
                XCTAssertEqual(exit.status, 0, "a child process failed:\n\(exit.stderr.suffix(3000))")
                XCTAssertFalse(exit.signalled)
            }

            let refreshes = await simulator.requestLog().filter {
                $0.path == "/oauth/token"
                    && String(decoding: $0.body, as: UTF8.self).contains("grant_type=refresh_token")
            }
            XCTAssertEqual(
                refreshes.filter { $0.status != 200 }.count, 0, "a refresh was refused: a refresh token was spent twice"
            )
            XCTAssertGreaterThanOrEqual(refreshes.count, rounds)
            XCTAssertLessThanOrEqual(refreshes.count, processCount * rounds)

            let final = try XCTUnwrap(store.load().login)
            let status = try await simulator.statusOfCurrentUser(with: final.accessToken)
            XCTAssertEqual(status, 200)
            // The stored refresh token is the one unspent link of the chain.
            let next = try await simulator.oauthClient().refresh(
                try XCTUnwrap(final.refreshToken),
                client: OAuthClientCredentials(clientID: SimulatedApp.userLevel.clientID, clientSecret: nil))
            XCTAssertNotNil(next.refreshToken)
        }
    }
}
