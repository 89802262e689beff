import Foundation
import XCTest
import ZoomSimulator
@testable import MeetingKit

/// Many processes refreshing one stored user OAuth login at once: the file lock must make them
/// take turns so no rotated refresh token is spent twice (the simulator refuses a spent one).
/// The children are this test bundle itself, running `TokenRefreshChildProcess`.
final class TokenRefreshAcrossProcessesTests: XCTestCase {
    private let processCount = 8
    private let rounds = 3

    func testManyProcessesNeverSpendARefreshTokenTwice() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let base = try makeTemporaryDirectory(self)
            let directory = ConfigDirectory(url: base.appendingPathComponent("meeting-tui"))
            let store = TokenStore(directory: directory)
            let grant = try await simulator.signInWithPKCE()
            try store.save(TokenStore.Contents(login: StoredCredentials(
                kind: .userOAuth, accessToken: grant.accessToken, expiresAt: grant.expiresAt(receivedAt: Date()), scopes: grant.scopes,
                refreshToken: grant.refreshToken, clientID: SimulatedApp.userLevel.clientID, oauthBaseURL: simulator.oauthBaseURL)))

            // Under scripts/sanitize.sh the children are sanitized too; their reports go where the script collects them.
            let environment = [
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                "HOME": base.path,
                "XDG_CONFIG_HOME": base.path,
                TokenRefreshChildProcess.roleVariable: TokenRefreshChildProcess.refresherRole,
                TokenRefreshChildProcess.roundsVariable: String(rounds),
                TokenRefreshChildProcess.apiVariable: simulator.apiBaseURL.absoluteString,
            ].merging(ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }) { $1 }
            let results = try await withThrowingTaskGroup(of: (Int32, String).self) { group in
                for index in 0..<processCount {
                    group.addTask { try await Self.runChild(environment: environment, logFile: base.appendingPathComponent("child-\(index).log")) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for (status, output) in results {
                XCTAssertEqual(status, 0, "a child process failed:\n\(output.suffix(3000))")
                XCTAssertTrue(output.contains("testRefreshAsChildProcess' passed"), "the child did not run its test:\n\(output.suffix(3000))")
            }

            let refreshes = await simulator.requestLog().filter {
                $0.path == "/oauth/token" && String(decoding: $0.body, as: UTF8.self).contains("grant_type=refresh_token")
            }
            XCTAssertEqual(refreshes.filter { $0.status != 200 }.count, 0, "a refresh was refused: a refresh token was spent twice")
            XCTAssertGreaterThanOrEqual(refreshes.count, rounds)
            XCTAssertLessThanOrEqual(refreshes.count, processCount * rounds)

            let final = try XCTUnwrap(store.load().login)
            let status = try await simulator.statusOfCurrentUser(with: final.accessToken)
            XCTAssertEqual(status, 200)
            // The stored refresh token is the one unspent link of the chain.
            let next = try await simulator.oauthClient().refresh(
                try XCTUnwrap(final.refreshToken), client: OAuthClientCredentials(clientID: SimulatedApp.userLevel.clientID, clientSecret: nil))
            XCTAssertNotNil(next.refreshToken)
        }
    }

    /// Runs this test bundle as a child process that runs only `TokenRefreshChildProcess`.
    private static func runChild(environment: [String: String], logFile: URL) async throws -> (Int32, String) {
        let process = Process()
        process.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["MeetingKitTests.TokenRefreshChildProcess/testRefreshAsChildProcess"]
        process.environment = environment
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let log = try FileHandle(forWritingTo: logFile)
        process.standardOutput = log
        process.standardError = log
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try log.close()
        return (status, (try? String(contentsOf: logFile, encoding: .utf8)) ?? "")
    }
}

/// The child side of `TokenRefreshAcrossProcessesTests`: does nothing unless started by it.
final class TokenRefreshChildProcess: XCTestCase {
    static let roleVariable = "MEETINGKIT_CHILD_ROLE"
    static let refresherRole = "refresher"
    static let roundsVariable = "MEETINGKIT_CHILD_ROUNDS"
    static let apiVariable = "MEETINGKIT_CHILD_API_URL"

    func testRefreshAsChildProcess() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment[Self.roleVariable] == Self.refresherRole else { return }
        let rounds = Int(environment[Self.roundsVariable] ?? "") ?? 1
        let apiBaseURL = try XCTUnwrap(environment[Self.apiVariable].flatMap(URL.init(string:)))
        let directory = ConfigDirectory(environment: environment)
        let configuration = try ConfigFile(directory: directory).load()
        let transport = CurlTransport()
        let resolved = try CredentialResolver(environment: environment, directory: directory, configuration: configuration,
                                              transport: transport).resolve()
        XCTAssertEqual(resolved.source, .userOAuth)
        for _ in 0..<rounds {
            let token = try await resolved.provider.currentToken()
            let renewed = try await resolved.provider.renewToken(after: token)
            XCTAssertNotEqual(renewed.value, token.value)
            let answer = try await transport.send(HTTPRequest(method: .get, url: apiBaseURL.appendingPathComponent("users/me"),
                                                              headers: ["Authorization": "Bearer \(renewed.value.exposedValue)"]))
            XCTAssertEqual(answer.status, 200)
        }
    }
}
