import Foundation
import MeetingTestSupport
import PlainText
import XCTest

@testable import ZoomSimulator

final class OAuthTests: XCTestCase {
    private let http = LoopbackHTTP()

    func testServerToServerTokenCarriesTheAppScopesAndWorksOnTheAPI() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let app = SimulatedApp.accountLevel
            let answer = try await http.oauth(
                simulator.oauthBaseURL.adding(
                    "/oauth/token?grant_type=account_credentials&account_id=\(app.accountID)"),
                clientID: app.clientID, secret: app.clientSecret!, form: [:])

            XCTAssertEqual(answer.status, 200)
            XCTAssertEqual(answer.json["token_type"] as? String, "bearer")
            XCTAssertEqual(answer.json["expires_in"] as? Int, 3599)
            XCTAssertEqual((answer.json["scope"] as? String)?.split(separator: " ").map(String.init), app.scopes)
            XCTAssertNil(answer.json["refresh_token"])
            let token = try XCTUnwrap(answer.json["access_token"] as? String)
            let me = try await http.api("GET", simulator.apiBaseURL.adding("/users/me"), token: token)
            XCTAssertEqual(me.status, 200)
            XCTAssertEqual(me.json["id"] as? String, app.userID)
        }
    }

    func testWrongSecretIsRefusedWithZoomsOAuthError() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let answer = try await http.oauth(
                simulator.oauthBaseURL.adding("/oauth/token"), clientID: SimulatedApp.accountLevel.clientID,
                secret: "wrong",
                form: ["grant_type": "account_credentials", "account_id": SimulatedApp.accountLevel.accountID])

            XCTAssertEqual(answer.status, 401)
            XCTAssertEqual(answer.json["error"] as? String, "invalid_client")
        }
    }

    func testRefreshTokenRotatesAndTheSpentOneIsRefused() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let app = SimulatedApp.userLevel
            let verifier = "a-verifier-with-enough-entropy-0123456789-abcdefghij"
            let redirect = "http://127.0.0.1:1/callback"
            let authorize = try await http.send(
                "GET",
                simulator.oauthBaseURL.adding(
                    "/oauth/authorize?response_type=code&client_id=\(app.clientID)"
                        + "&redirect_uri=\(PercentEncoding.encode(redirect))"
                        + "&state=xyz&code_challenge=\(PKCE.challengeS256(verifier))&code_challenge_method=S256"))
            XCTAssertEqual(authorize.status, 302)
            let location = try XCTUnwrap(authorize.header("Location").flatMap { URLComponents(string: $0) })
            XCTAssertEqual(location.queryItems?.first { $0.name == "state" }?.value, "xyz")
            let code = try XCTUnwrap(location.queryItems?.first { $0.name == "code" }?.value)

            // A public client: no secret, the PKCE verifier proves it.
            let tokenURL = simulator.oauthBaseURL.adding("/oauth/token")
            let first = try await http.oauth(
                tokenURL, clientID: app.clientID, secret: nil,
                form: [
                    "grant_type": "authorization_code", "code": code, "redirect_uri": redirect,
                    "code_verifier": verifier,
                ])
            XCTAssertEqual(first.status, 200)
            let original = try XCTUnwrap(first.json["refresh_token"] as? String)

            let refreshed = try await http.oauth(
                tokenURL, clientID: app.clientID, secret: app.clientSecret,
                form: ["grant_type": "refresh_token", "refresh_token": original])
            XCTAssertEqual(refreshed.status, 200)
            let rotated = try XCTUnwrap(refreshed.json["refresh_token"] as? String)
            XCTAssertNotEqual(rotated, original)

            let replay = try await http.oauth(
                tokenURL, clientID: app.clientID, secret: app.clientSecret,
                form: ["grant_type": "refresh_token", "refresh_token": original])
            XCTAssertEqual(replay.status, 400)
            XCTAssertEqual(replay.json["error"] as? String, "invalid_grant")
            XCTAssertEqual(replay.json["reason"] as? String, "Invalid Token!")
        }
    }

    /// The redirect back carries the client's `state` percent-encoded byte by byte: a non-ASCII
    /// letter is not a URL character, however `CharacterSet.alphanumerics` counts it.
    func testAuthorizeRedirectEncodesANonASCIIStateAsUTF8Bytes() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let authorize = try await http.send(
                "GET",
                simulator.oauthBaseURL.adding(
                    "/oauth/authorize?response_type=code&client_id=\(SimulatedApp.userLevel.clientID)"
                        + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcallback&state=\(PercentEncoding.encode("é名"))"))
            XCTAssertEqual(authorize.status, 302)
            let location = try XCTUnwrap(authorize.header("Location"))
            XCTAssertTrue(location.hasSuffix("&state=%C3%A9%E5%90%8D"), location)
        }
    }

    func testDeviceGrantIsPendingSlowsDownFastPollsThenIssuesTheToken() async throws {
        let clock = ManualClock()
        var configuration = SimulatorConfiguration()
        configuration.deviceInterval = 5
        configuration.clock = clock
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let app = SimulatedApp.userLevel
            let start = try await http.oauth(
                simulator.oauthBaseURL.adding("/oauth/devicecode?client_id=\(app.clientID)"),
                clientID: app.clientID, secret: app.clientSecret, form: [:])
            XCTAssertEqual(
                start.json["verification_uri"] as? String, simulator.oauthBaseURL.absoluteString + "/oauth/device")
            let deviceCode = try XCTUnwrap(start.json["device_code"] as? String)
            let userCode = try XCTUnwrap(start.json["user_code"] as? String)
            let poll = { [http] in
                try await http.oauth(
                    simulator.oauthBaseURL.adding("/oauth/token"), clientID: app.clientID, secret: app.clientSecret,
                    form: ["grant_type": "urn:ietf:params:oauth:grant-type:device_code", "device_code": deviceCode])
            }

            let pending = try await poll()
            XCTAssertEqual(pending.json["error"] as? String, "authorization_pending")
            clock.advance(by: 4.9)
            let tooFast = try await poll()
            XCTAssertEqual(tooFast.json["error"] as? String, "slow_down")
            await simulator.approveDeviceCode(userCode: userCode)
            clock.advance(by: 5)
            let granted = try await poll()
            XCTAssertEqual(granted.status, 200)
            XCTAssertNotNil(granted.json["refresh_token"] as? String)
        }
    }
}
