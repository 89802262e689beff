import Foundation
import XCTest
import ZoomSimulator

@testable import MeetingKit

extension ZoomSimulator {
    /// How many token requests (`POST /oauth/token`) the simulator has answered so far.
    func tokenRequestCount() async -> Int {
        await requestLog().filter { $0.method == "POST" && $0.path == "/oauth/token" }.count
    }

    /// An OAuth client for this simulator.
    func oauthClient(clock: any MeetingClock = SystemClock()) -> OAuthClient {
        OAuthClient(baseURL: oauthBaseURL, transport: CurlTransport(), clock: clock)
    }

    /// `GET /users/me` with a token: the status the simulator answers.
    func statusOfCurrentUser(with token: Secret) async throws -> Int {
        let request = HTTPRequest(
            method: .get, url: apiBaseURL.appendingPathComponent("users/me"),
            headers: ["Authorization": "Bearer \(token.exposedValue)"])
        return try await CurlTransport().send(request).status
    }

    /// Signs in with the user app through the authorization code flow with PKCE (as a public client,
    /// or with the secret when given) and returns the grant.
    func signInWithPKCE(clientSecret: Secret? = nil) async throws -> OAuthTokenGrant {
        let oauth = oauthClient()
        let receiver = try LoopbackRedirectReceiver()
        let pkce = PKCE()
        let state = PKCE.randomToken(byteCount: 16)
        let url = oauth.authorizeURL(
            clientID: SimulatedApp.userLevel.clientID, redirectURI: receiver.redirectURI, state: state, pkce: pkce)
        async let code = receiver.waitForCode(state: state, timeout: 20)
        try await followRedirect(from: url)
        return try await oauth.exchangeAuthorizationCode(
            try await code, redirectURI: receiver.redirectURI, pkce: pkce,
            client: OAuthClientCredentials(clientID: SimulatedApp.userLevel.clientID, clientSecret: clientSecret))
    }
}

/// Plays the browser: opens `url`, which must redirect, then opens the redirect target.
/// Returns the final answer.
@discardableResult
func followRedirect(from url: URL) async throws -> HTTPResponse {
    let transport = CurlTransport()
    let redirect = try await transport.send(HTTPRequest(method: .get, url: url))
    XCTAssertEqual(redirect.status, 302)
    let location = try XCTUnwrap(redirect.header("location").flatMap(URL.init(string:)))
    return try await transport.send(HTTPRequest(method: .get, url: location))
}
