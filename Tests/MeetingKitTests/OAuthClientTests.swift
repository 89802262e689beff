import Foundation
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

@testable import MeetingKit

final class OAuthClientTests: XCTestCase {
    private let s2s = SimulatedApp.accountLevel
    private let user = SimulatedApp.userLevel

    func testServerToServerTokenCarriesScopesAndExpiry() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let grant = try await simulator.oauthClient().serverToServerToken(
                accountID: s2s.accountID, clientID: s2s.clientID, clientSecret: Secret(s2s.clientSecret!))
            XCTAssertEqual(grant.scopes, .known(Set(s2s.scopes)))
            XCTAssertEqual(grant.expiresIn, 3599)
            XCTAssertNil(grant.refreshToken)
            let status = try await simulator.statusOfCurrentUser(with: grant.accessToken)
            XCTAssertEqual(status, 200)
        }
    }

    func testWrongClientSecretIsTypedWithZoomsReasonAndNoSecret() async throws {
        try await ZoomSimulator.withRunning { simulator in
            do {
                _ = try await simulator.oauthClient().serverToServerToken(
                    accountID: s2s.accountID, clientID: s2s.clientID,
                    clientSecret: Secret("wrong-secret-value"))
                XCTFail("a wrong secret was accepted")
            } catch let error as OAuthError {
                XCTAssertEqual(
                    error, .rejected(status: 401, error: "invalid_client", reason: "Invalid client_id or client_secret")
                )
                XCTAssertFalse(error.description.contains("wrong-secret-value"))
            }
        }
    }

    func testAuthorizationCodeWithPKCEAsPublicClient() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let grant = try await simulator.signInWithPKCE()
            XCTAssertNotNil(grant.refreshToken)
            XCTAssertEqual(grant.scopes, .known(Set(user.scopes)))
            let status = try await simulator.statusOfCurrentUser(with: grant.accessToken)
            XCTAssertEqual(status, 200)
            let log = await simulator.requestLog()
            let exchange = try XCTUnwrap(log.last { $0.path == "/oauth/token" })
            let form = String(decoding: exchange.body, as: UTF8.self)
            XCTAssertTrue(form.contains("client_id=\(user.clientID)"), form)
            XCTAssertTrue(form.contains("code_verifier="), form)
        }
    }

    func testAuthorizationCodeWithWrongVerifierIsRejected() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let oauth = simulator.oauthClient()
            let receiver = try LoopbackRedirectReceiver()
            let state = PKCE.randomToken(byteCount: 16)
            let url = oauth.authorizeURL(
                clientID: user.clientID, redirectURI: receiver.redirectURI, state: state, pkce: PKCE())
            async let code = receiver.waitForCode(state: state, timeout: 20)
            try await followRedirect(from: url)
            do {
                _ = try await oauth.exchangeAuthorizationCode(
                    try await code, redirectURI: receiver.redirectURI, pkce: PKCE(),
                    client: OAuthClientCredentials(clientID: user.clientID, clientSecret: nil))
                XCTFail("a wrong code verifier was accepted")
            } catch let error as OAuthError {
                XCTAssertTrue(error.isInvalidGrant, "\(error)")
            }
        }
    }

    func testRefreshRotatesAndTheOldRefreshTokenIsSpent() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let first = try await simulator.signInWithPKCE(clientSecret: Secret(user.clientSecret!))
            let oauth = simulator.oauthClient()
            let client = OAuthClientCredentials(clientID: user.clientID, clientSecret: Secret(user.clientSecret!))
            let oldRefresh = try XCTUnwrap(first.refreshToken)
            let second = try await oauth.refresh(oldRefresh, client: client)
            XCTAssertNotEqual(second.refreshToken, oldRefresh)
            XCTAssertNotNil(second.refreshToken)
            do {
                _ = try await oauth.refresh(oldRefresh, client: client)
                XCTFail("a spent refresh token was accepted")
            } catch let error as OAuthError {
                XCTAssertTrue(error.isInvalidGrant, "\(error)")
            }
            let third = try await oauth.refresh(try XCTUnwrap(second.refreshToken), client: client)
            let status = try await simulator.statusOfCurrentUser(with: third.accessToken)
            XCTAssertEqual(status, 200)
        }
    }

    func testDeviceGrantSlowsDownThenSucceedsOnceApproved() async throws {
        // The simulator's time stands still while the client's pauses pass, so every poll after the
        // first comes too fast, until the operator approves and a minute passes for Zoom too.
        let zoomTime = ManualClock(mode: .waitsForAdvance)
        var configuration = SimulatorConfiguration()
        configuration.deviceInterval = 0.5
        configuration.clock = zoomTime
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let client = OAuthClientCredentials(clientID: user.clientID, clientSecret: Secret(user.clientSecret!))
            let authorization = try await simulator.oauthClient().requestDeviceAuthorization(client: client)
            XCTAssertEqual(authorization.interval, 1)
            XCTAssertFalse(authorization.userCode.isEmpty)
            let clock = ManualClock()
            clock.onSleep { sleepNumber, _ in
                guard sleepNumber == 4 else { return }
                await simulator.approveDeviceCode(userCode: authorization.userCode)
                zoomTime.advance(by: 60)
            }
            let grant = try await simulator.oauthClient(clock: clock).waitForDeviceApproval(
                authorization, client: client)
            let status = try await simulator.statusOfCurrentUser(with: grant.accessToken)
            XCTAssertEqual(status, 200)
            XCTAssertEqual(
                clock.sleeps, [1, 1, 6, 11], "pending, then two slow_down answers that each add 5 s, then the token")
        }
    }

    func testDeviceCodeThatExpiresIsReported() async throws {
        let clock = ManualClock()
        var configuration = SimulatorConfiguration()
        configuration.deviceInterval = 0
        configuration.deviceCodeLifetime = 0.2
        configuration.clock = clock
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let client = OAuthClientCredentials(clientID: user.clientID, clientSecret: nil)
            let authorization = try await simulator.oauthClient().requestDeviceAuthorization(client: client)
            do {
                _ = try await simulator.oauthClient(clock: clock).waitForDeviceApproval(authorization, client: client)
                XCTFail("an unapproved device code gave a token")
            } catch let error as OAuthError {
                XCTAssertEqual(error, .deviceCodeExpired)
            }
        }
    }

    func testErrorAnswersAreReadTolerantly() {
        func error(_ status: Int, _ json: String) -> OAuthError {
            OAuthError.from(HTTPResponse(status: status, body: Data(json.utf8)))
        }
        XCTAssertEqual(
            error(400, #"{"error":"access_denied","reason":"The user denied"}"#),
            .accessDenied(reason: "The user denied"))
        XCTAssertEqual(error(400, #"{"error":"expired_token"}"#), .deviceCodeExpired)
        XCTAssertEqual(
            error(400, #"{"error":"invalid_grant","error_description":"bad"}"#),
            .rejected(status: 400, error: "invalid_grant", reason: "bad"))
        XCTAssertEqual(
            error(403, #"{"code":124,"message":"nope"}"#), .rejected(status: 403, error: nil, reason: "nope"))
        XCTAssertEqual(error(502, "<html>"), .rejected(status: 502, error: nil, reason: "HTTP 502"))
        XCTAssertThrowsError(try OAuthTokenGrant.parse(Data(#"{"token_type":"bearer"}"#.utf8)))
        let grant = try? OAuthTokenGrant.parse(Data(#"{"access_token":"a","expires_in":"3600","extra":{"x":1}}"#.utf8))
        XCTAssertEqual(grant?.expiresIn, 3600)
        XCTAssertEqual(grant?.scopes, .unknown)
    }
}
