import Foundation
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

@testable import MeetingKit

/// Where tokens may go (issue 12, item 2): plain http only to this machine, a warning for hosts
/// that are not Zoom's, and a token cache that never hands one server's token to another.
final class EndpointPolicyTests: XCTestCase {
    private let remoteHTTP = "http://api.zoom.example.com/v2"

    func testPlainHTTPToAnotherMachineIsRefusedFromTheEnvironment() throws {
        XCTAssertThrowsError(try ZoomSettings().checkEndpoints(environment: ["ZOOM_API_URL": remoteHTTP])) { error in
            XCTAssertEqual(error as? ConfigurationError, .insecureURL(setting: "ZOOM_API_URL", url: remoteHTTP))
            XCTAssertEqual(
                "\(error)",
                "ZOOM_API_URL: refusing \"\(remoteHTTP)\": plain http would send tokens and secrets over the "
                    + "network unencrypted; use https (http is accepted only to 127.0.0.1, ::1 or localhost, or anywhere with "
                    + "MEETING_TUI_ALLOW_INSECURE_HTTP=1 on a test rig)")
        }
        XCTAssertThrowsError(
            try ZoomSettings().effectiveOAuthBaseURL(environment: ["ZOOM_OAUTH_URL": "HTTP://zoom.us"])
        ) { error in
            XCTAssertEqual(error as? ConfigurationError, .insecureURL(setting: "ZOOM_OAUTH_URL", url: "HTTP://zoom.us"))
        }
    }

    func testPlainHTTPToAnotherMachineIsRefusedFromTheConfigFile() throws {
        let zoom = try AppConfiguration.parse("[zoom]\noauth_url = \"http://10.0.0.5:8080\"\n").zoom
        XCTAssertThrowsError(try zoom.checkEndpoints(environment: [:])) { error in
            XCTAssertEqual(
                error as? ConfigurationError,
                .insecureURL(setting: "oauth_url under [zoom]", url: "http://10.0.0.5:8080"))
        }
        // The credential resolver refuses before any credentials are used.
        let directory = ConfigDirectory(url: try makeTemporaryDirectory(self).appendingPathComponent("meeting-tui"))
        let resolver = CredentialResolver(
            environment: ["ZOOM_ACCESS_TOKEN": "t"], directory: directory,
            configuration: AppConfiguration(zoom: zoom), transport: CurlTransport())
        XCTAssertThrowsError(try resolver.resolve()) { error in
            XCTAssertEqual(
                error as? ConfigurationError,
                .insecureURL(setting: "oauth_url under [zoom]", url: "http://10.0.0.5:8080"))
        }
    }

    func testPlainHTTPToThisMachineOrWithTheOptInIsAccepted() throws {
        for url in [
            "http://127.0.0.1:8080/v2", "http://127.9.8.7/v2", "http://[::1]:9000/v2", "http://localhost:9000/v2",
            "https://api.zoom.us/v2",
        ] {
            XCTAssertEqual(
                try ZoomSettings().effectiveAPIBaseURL(environment: ["ZOOM_API_URL": url]).absoluteString, url)
        }
        XCTAssertEqual(
            try ZoomSettings().effectiveAPIBaseURL(environment: [
                "ZOOM_API_URL": remoteHTTP, "MEETING_TUI_ALLOW_INSECURE_HTTP": "1",
            ])
            .absoluteString, remoteHTTP)
        XCTAssertThrowsError(
            try ZoomSettings().effectiveAPIBaseURL(environment: [
                "ZOOM_API_URL": remoteHTTP, "MEETING_TUI_ALLOW_INSECURE_HTTP": "yes",
            ]))
    }

    func testOnlyLoopbackLiteralsCountAsThisMachine() {
        for host in ["127.0.0.1", "127.255.0.1", "::1", "[::1]", "localhost", "LOCALHOST"] {
            XCTAssertTrue(EndpointPolicy.isLoopback(host), host)
        }
        for host in [
            "127.0.0.1.evil.example", "localhost.evil.example", "128.0.0.1", "::2", "0.0.0.0", "", "10.127.0.1",
            "zoom.us",
        ] {
            XCTAssertFalse(EndpointPolicy.isLoopback(host), host)
        }
    }

    func testHostsThatAreNotZoomsAreWarnedAbout() {
        let zoom = ZoomSettings(oauthBaseURL: URL(string: "https://login.example.net"))
        XCTAssertEqual(
            zoom.endpointWarnings(environment: ["ZOOM_API_URL": "https://api.zoom.us.example.net/v2"]),
            [
                "the REST API URL points at api.zoom.us.example.net, which is not Zoom (zoom.us): the credentials go to that server",
                "the OAuth URL points at login.example.net, which is not Zoom (zoom.us): the credentials go to that server",
            ])
        XCTAssertEqual(ZoomSettings().endpointWarnings(environment: [:]), [])
        XCTAssertEqual(ZoomSettings().endpointWarnings(environment: ["ZOOM_API_URL": "http://127.0.0.1:1/v2"]), [])
    }

    func testAStoredLoginIsUsedOnlyWithTheRESTServerItWasMadeFor() throws {
        let directory = ConfigDirectory(url: try makeTemporaryDirectory(self).appendingPathComponent("meeting-tui"))
        for kind in [StoredCredentials.Kind.pasted, .userOAuth] {
            try TokenStore(directory: directory).save(
                TokenStore.Contents(
                    login: StoredCredentials(
                        kind: kind, accessToken: Secret("zoom-token"), refreshToken: Secret("r"), clientID: "c",
                        requestedAPIBaseURL: URL(string: "https://api.zoom.us/v2"))))
            let elsewhere = CredentialResolver(
                environment: ["ZOOM_API_URL": "http://127.0.0.1:9/v2"], directory: directory,
                configuration: AppConfiguration(), transport: CurlTransport())
            XCTAssertThrowsError(try elsewhere.resolve()) { error in
                XCTAssertEqual(
                    error as? CredentialError,
                    .loginForAnotherServer(storedFor: "https://api.zoom.us/v2", inEffect: "http://127.0.0.1:9/v2"))
                XCTAssertEqual(
                    "\(error)",
                    "the stored Zoom login was made for https://api.zoom.us/v2, not http://127.0.0.1:9/v2; "
                        + "its token is not sent elsewhere. Point ZOOM_API_URL (or api_url) back at https://api.zoom.us/v2, "
                        + "or sign in again with `meeting-tui login`")
            }
            let home = CredentialResolver(
                environment: [:], directory: directory, configuration: AppConfiguration(), transport: CurlTransport())
            XCTAssertEqual(try home.resolve().source, kind.source)
        }
    }

    func testCachedServerToServerTokenIsKeptApartByRESTServer() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let app = SimulatedApp.accountLevel
            let credentials = ServerToServerCredentials(
                accountID: app.accountID, clientID: app.clientID, clientSecret: Secret(app.clientSecret!))
            let store = TokenStore(
                directory: ConfigDirectory(url: try makeTemporaryDirectory(self).appendingPathComponent("meeting-tui")))
            let zoom = ServerToServerTokenProvider(
                credentials: credentials, oauth: simulator.oauthClient(),
                apiBaseURL: URL(string: "https://api.zoom.us/v2"), store: store)
            let zoomToken = try await zoom.currentToken()
            XCTAssertEqual(
                try store.load().serverToServer?.requestedAPIBaseURL?.absoluteString, "https://api.zoom.us/v2")

            let testServer = ServerToServerTokenProvider(
                credentials: credentials, oauth: simulator.oauthClient(),
                apiBaseURL: simulator.apiBaseURL, store: store)
            let testToken = try await testServer.currentToken()
            XCTAssertNotEqual(
                testToken.value, zoomToken.value, "a token cached for one REST server was sent to another")
            let requests = await simulator.tokenRequestCount()
            XCTAssertEqual(requests, 2)
        }
    }
}
