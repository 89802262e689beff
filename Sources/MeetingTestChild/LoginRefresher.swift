import Foundation
import MeetingKit

/// One of the processes of the cross-process refresh test: resolves the stored user login as
/// `meeting-tui` would, renews its token `rounds` times and uses each new token once.
struct LoginRefresher {
    /// The token was not what the test expects.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let apiBaseURL: URL

    func refresh(rounds: Int) async throws {
        let environment = ProcessInfo.processInfo.environment
        let directory = ConfigDirectory(environment: environment)
        let configuration = try ConfigFile(directory: directory).load()
        let transport = CurlTransport()
        let resolved = try CredentialResolver(
            environment: environment, directory: directory, configuration: configuration,
            transport: transport
        ).resolve()
        guard resolved.source == .userOAuth else {
            throw Failure(description: "signed in with \(resolved.source), not the user login")
        }
        for round in 1...max(1, rounds) {
            let token = try await resolved.provider.currentToken()
            let renewed = try await resolved.provider.renewToken(after: token)
            guard renewed.value != token.value else {
                throw Failure(description: "round \(round): the renewed token is the old one")
            }
            let answer = try await transport.send(
                HTTPRequest(
                    method: .get, url: apiBaseURL.appendingPathComponent("users/me"),
                    headers: ["Authorization": "Bearer \(renewed.value.exposedValue)"]))
            guard answer.status == 200 else {
                throw Failure(description: "round \(round): GET /users/me answered \(answer.status)")
            }
        }
    }
}
