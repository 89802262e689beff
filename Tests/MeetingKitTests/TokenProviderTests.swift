import Foundation
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

@testable import MeetingKit

final class TokenProviderTests: XCTestCase {
    private let s2s = SimulatedApp.accountLevel
    private let user = SimulatedApp.userLevel

    private func makeStore() throws -> TokenStore {
        TokenStore(
            directory: ConfigDirectory(url: try makeTemporaryDirectory(self).appendingPathComponent("meeting-tui")))
    }

    private var s2sCredentials: ServerToServerCredentials {
        ServerToServerCredentials(
            accountID: s2s.accountID, clientID: s2s.clientID, clientSecret: Secret(s2s.clientSecret!))
    }

    func testPastedTokenCannotBeRenewed() async throws {
        let provider = PastedTokenProvider(token: Secret("pasted"))
        let token = try await provider.currentToken()
        XCTAssertEqual(token.scopes, .unknown)
        XCTAssertEqual(token.source, .pastedToken)
        do {
            _ = try await provider.renewToken(after: token)
            XCTFail("a pasted token was renewed")
        } catch {
            XCTAssertEqual(error as? CredentialError, .pastedTokenRejected)
            XCTAssertEqual(
                "\(error)", "the pasted token was rejected; paste a new one with `meeting-tui login --token`")
        }
    }

    func testServerToServerSharesOneRequestCachesAndRenewsBeforeExpiry() async throws {
        let clock = ManualClock()
        try await ZoomSimulator.withRunning(sharing(clock)) { simulator in
            let store = try makeStore()
            let provider = ServerToServerTokenProvider(
                credentials: s2sCredentials, oauth: simulator.oauthClient(clock: clock), store: store, clock: clock)
            let tokens = try await withThrowingTaskGroup(of: AccessToken.self) { group in
                for _ in 0..<10 { group.addTask { try await provider.currentToken() } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            XCTAssertEqual(Set(tokens.map(\.value)).count, 1)
            let first = tokens[0]
            XCTAssertEqual(first.source, .serverToServer)
            XCTAssertEqual(first.scopes, .known(Set(s2s.scopes)))
            var requests = await simulator.tokenRequestCount()
            XCTAssertEqual(requests, 1)
            XCTAssertEqual(try store.load().serverToServer?.accessToken, first.value)

            // The next run starts from the cache.
            let nextRun = ServerToServerTokenProvider(
                credentials: s2sCredentials, oauth: simulator.oauthClient(clock: clock), store: store, clock: clock)
            let cached = try await nextRun.currentToken()
            XCTAssertEqual(cached.value, first.value)
            requests = await simulator.tokenRequestCount()
            XCTAssertEqual(requests, 1)

            // Within a minute of expiry, a new token is requested.
            clock.advance(by: 3599 - 50)
            let renewed = try await provider.currentToken()
            XCTAssertNotEqual(renewed.value, first.value)
            requests = await simulator.tokenRequestCount()
            XCTAssertEqual(requests, 2)

            // Zoom rejected it early: a new one is requested once.
            await simulator.expireAllTokens()
            let replacement = try await provider.renewToken(after: renewed)
            XCTAssertNotEqual(replacement.value, renewed.value)
            let status = try await simulator.statusOfCurrentUser(with: replacement.value)
            XCTAssertEqual(status, 200)
            let again = try await provider.renewToken(after: renewed)
            XCTAssertEqual(again.value, replacement.value)
            requests = await simulator.tokenRequestCount()
            XCTAssertEqual(requests, 3)
        }
    }

    func testServerToServerCacheDoesNotReplaceTheLogin() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let store = try makeStore()
            let login = StoredCredentials(kind: .pasted, accessToken: Secret("pasted"))
            try store.save(TokenStore.Contents(login: login))
            let provider = ServerToServerTokenProvider(
                credentials: s2sCredentials, oauth: simulator.oauthClient(), store: store)
            _ = try await provider.currentToken()
            XCTAssertEqual(try store.load().login, login)
            XCTAssertNotNil(try store.load().serverToServer)
        }
    }

    /// A simulator whose time is `clock`, the clock of the providers under test.
    private func sharing(_ clock: ManualClock) -> SimulatorConfiguration {
        var configuration = SimulatorConfiguration()
        configuration.clock = clock
        return configuration
    }

    private func storeUserLogin(_ simulator: ZoomSimulator, in store: TokenStore, clock: ManualClock) async throws
        -> OAuthTokenGrant
    {
        let grant = try await simulator.signInWithPKCE()
        try store.save(
            TokenStore.Contents(
                login: StoredCredentials(
                    kind: .userOAuth, accessToken: grant.accessToken, expiresAt: grant.expiresAt(receivedAt: clock.now),
                    scopes: grant.scopes,
                    refreshToken: grant.refreshToken, clientID: user.clientID, oauthBaseURL: simulator.oauthBaseURL)))
        return grant
    }

    func testUserOAuthRefreshesBeforeExpiryAndStoresTheRotation() async throws {
        let clock = ManualClock()
        try await ZoomSimulator.withRunning(sharing(clock)) { simulator in
            let store = try makeStore()
            let grant = try await storeUserLogin(simulator, in: store, clock: clock)
            let provider = UserOAuthTokenProvider(
                store: store, oauth: simulator.oauthClient(clock: clock), clock: clock)
            let first = try await provider.currentToken()
            XCTAssertEqual(first.value, grant.accessToken)
            XCTAssertEqual(first.source, .userOAuth)
            let before = await simulator.tokenRequestCount()

            clock.advance(by: 3599 - 30)
            let refreshed = try await provider.currentToken()
            XCTAssertNotEqual(refreshed.value, first.value)
            let stored = try XCTUnwrap(store.load().login)
            XCTAssertEqual(stored.accessToken, refreshed.value)
            XCTAssertNotEqual(stored.refreshToken, grant.refreshToken)
            let status = try await simulator.statusOfCurrentUser(with: refreshed.value)
            XCTAssertEqual(status, 200)
            var requests = await simulator.tokenRequestCount()
            XCTAssertEqual(requests, before + 1)

            // Another process still holding the first token takes the rotated one instead of refreshing.
            let otherProcess = UserOAuthTokenProvider(
                store: store, oauth: simulator.oauthClient(clock: clock), clock: clock)
            let taken = try await otherProcess.renewToken(after: first)
            XCTAssertEqual(taken.value, refreshed.value)
            requests = await simulator.tokenRequestCount()
            XCTAssertEqual(requests, before + 1)
        }
    }

    func testSpentRefreshTokenAsksForANewLogin() async throws {
        let clock = ManualClock()
        try await ZoomSimulator.withRunning(sharing(clock)) { simulator in
            let store = try makeStore()
            let grant = try await storeUserLogin(simulator, in: store, clock: clock)
            // Someone spends the stored refresh token behind the store's back.
            _ = try await simulator.oauthClient().refresh(
                try XCTUnwrap(grant.refreshToken),
                client: OAuthClientCredentials(clientID: user.clientID, clientSecret: nil))
            let provider = UserOAuthTokenProvider(
                store: store, oauth: simulator.oauthClient(clock: clock), clock: clock)
            do {
                _ = try await provider.renewToken(after: try await provider.currentToken())
                XCTFail("a spent refresh token gave a token")
            } catch {
                guard case .loginExpired? = error as? CredentialError else { return XCTFail("\(error)") }
                XCTAssertTrue("\(error)".contains("meeting-tui login"))
            }
        }
    }

    func testLoggedOutElsewhereIsReported() async throws {
        let store = try makeStore()
        let provider = UserOAuthTokenProvider(store: store, oauth: OAuthClient(transport: CurlTransport()))
        do {
            _ = try await provider.currentToken()
            XCTFail("a token came from an empty store")
        } catch {
            XCTAssertEqual(error as? CredentialError, .notLoggedIn)
        }
    }
}
