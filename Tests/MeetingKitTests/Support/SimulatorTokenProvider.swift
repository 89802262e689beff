import Foundation
import MeetingKit
import ZoomSimulator

/// A `TokenProvider` that asks the simulator for tokens of one app, counting renewals.
actor SimulatorTokenProvider: TokenProvider {
    private let simulator: ZoomSimulator
    private let app: SimulatedApp
    private var token: AccessToken?
    /// How often the client asked for a fresh token after a 401.
    private(set) var renewals = 0

    init(simulator: ZoomSimulator, app: SimulatedApp) {
        self.simulator = simulator
        self.app = app
    }

    func currentToken() async throws -> AccessToken {
        if let token { return token }
        let fresh = await issue()
        token = fresh
        return fresh
    }

    func renewToken(after rejected: AccessToken) async throws -> AccessToken {
        renewals += 1
        let fresh = await issue()
        token = fresh
        return fresh
    }

    private func issue() async -> AccessToken {
        AccessToken(
            value: Secret(await simulator.issueToken(for: app)), expiresAt: nil,
            scopes: .known(Set(app.scopes)), source: app.kind == .serverToServer ? .serverToServer : .userOAuth)
    }
}
