import Foundation
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

@testable import MeetingKit

final class CredentialResolverTests: XCTestCase {
    private let s2sEnvironment = [
        "ZOOM_ACCOUNT_ID": "acct", "ZOOM_CLIENT_ID": "s2s-client", "ZOOM_CLIENT_SECRET": "env-secret",
    ]

    private func makeDirectory() throws -> ConfigDirectory {
        ConfigDirectory(url: try makeTemporaryDirectory(self).appendingPathComponent("meeting-tui"))
    }

    private func resolve(
        _ environment: [String: String], _ directory: ConfigDirectory,
        configuration: AppConfiguration = AppConfiguration()
    ) throws -> ResolvedCredentials {
        try CredentialResolver(
            environment: environment, directory: directory, configuration: configuration,
            transport: CurlTransport()
        ).resolve()
    }

    private func storeLogin(_ kind: StoredCredentials.Kind, in directory: ConfigDirectory) throws {
        try TokenStore(directory: directory).save(
            TokenStore.Contents(
                login: StoredCredentials(
                    kind: kind, accessToken: Secret("stored-token"),
                    refreshToken: kind == .userOAuth ? Secret("r") : nil,
                    clientID: kind == .userOAuth ? "user-client" : nil)))
    }

    func testPastedTokenFromEnvironmentComesFirst() async throws {
        let directory = try makeDirectory()
        try storeLogin(.userOAuth, in: directory)
        var environment = s2sEnvironment
        environment["ZOOM_ACCESS_TOKEN"] = " env-token\n"
        let resolved = try resolve(environment, directory)
        XCTAssertEqual(resolved.source, .pastedToken)
        XCTAssertTrue(resolved.description.contains("ZOOM_ACCESS_TOKEN"))
        let token = try await resolved.provider.currentToken()
        XCTAssertEqual(token.value.exposedValue, "env-token")
        XCTAssertEqual(token.scopes, .unknown)
    }

    func testStoredPastedTokenComesBeforeServerToServer() async throws {
        let directory = try makeDirectory()
        try storeLogin(.pasted, in: directory)
        let resolved = try resolve(s2sEnvironment, directory)
        XCTAssertEqual(resolved.source, .pastedToken)
        let token = try await resolved.provider.currentToken()
        XCTAssertEqual(token.value.exposedValue, "stored-token")
    }

    func testServerToServerComesBeforeStoredUserLogin() throws {
        let directory = try makeDirectory()
        try storeLogin(.userOAuth, in: directory)
        let resolved = try resolve(s2sEnvironment, directory)
        XCTAssertEqual(resolved.source, .serverToServer)
        XCTAssertTrue(resolved.description.contains("account acct"), resolved.description)
        XCTAssertTrue(resolved.description.contains("client id s2s-client"), resolved.description)
        XCTAssertFalse(resolved.description.contains("env-secret"))
    }

    func testServerToServerFieldsMayComeFromConfigAndEnvironment() throws {
        let configuration = AppConfiguration(
            zoom: ZoomSettings(accountID: "acct", clientID: "config-client", clientSecret: Secret("config-secret")))
        let resolved = try resolve(["ZOOM_CLIENT_ID": "env-client"], try makeDirectory(), configuration: configuration)
        XCTAssertEqual(resolved.source, .serverToServer)
        XCTAssertTrue(resolved.description.contains("client id env-client"), resolved.description)
        XCTAssertTrue(
            resolved.description.contains("the environment") && resolved.description.contains("config.toml"),
            resolved.description)
        XCTAssertFalse(resolved.description.contains("config-secret"))
    }

    func testPartialServerToServerNamesWhatIsMissing() throws {
        XCTAssertThrowsError(try resolve(["ZOOM_ACCOUNT_ID": "acct", "ZOOM_CLIENT_ID": "c"], try makeDirectory())) {
            error in
            guard case .incompleteServerToServer(let missing)? = error as? CredentialError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(missing.count, 1)
            XCTAssertTrue(missing[0].hasPrefix("ZOOM_CLIENT_SECRET (or client_secret under [zoom]"), missing[0])
        }
    }

    func testStoredUserLoginIsUsedLast() throws {
        let directory = try makeDirectory()
        try storeLogin(.userOAuth, in: directory)
        let resolved = try resolve(["ZOOM_CLIENT_ID": "someone"], directory)
        XCTAssertEqual(resolved.source, .userOAuth)
        XCTAssertTrue(resolved.provider is UserOAuthTokenProvider)
        XCTAssertTrue(resolved.description.contains("client id user-client"), resolved.description)
    }

    func testNoCredentialsListsTheChoices() throws {
        let directory = try makeDirectory()
        XCTAssertThrowsError(try resolve([:], directory)) { error in
            XCTAssertEqual(error as? CredentialError, .noCredentials(configFile: directory.configFile.path))
            let message = "\(error)"
            for choice in [
                "meeting-tui login --token", "meeting-tui login --device", "ZOOM_ACCOUNT_ID", directory.configFile.path,
            ] {
                XCTAssertTrue(message.contains(choice), message)
            }
        }
    }

    func testMalformedURLOverrideIsRefused() throws {
        var environment = s2sEnvironment
        environment["ZOOM_API_URL"] = "api.zoom.us/v2"
        XCTAssertThrowsError(try resolve(environment, try makeDirectory())) { error in
            guard case .environment(let variable, _)? = error as? ConfigurationError else { return XCTFail("\(error)") }
            XCTAssertEqual(variable, "ZOOM_API_URL")
        }
    }

    func testUnsafeStoreIsReportedNotSkipped() throws {
        let directory = try makeDirectory()
        try storeLogin(.userOAuth, in: directory)
        try setPermissions(0o640, of: directory.tokenFile)
        XCTAssertThrowsError(try resolve(s2sEnvironment, directory)) { error in
            XCTAssertEqual(
                error as? TokenStoreError, .file(.permissionsTooOpen(path: directory.tokenFile.path, mode: 0o640)))
        }
    }

    func testResolvedServerToServerWorksAgainstTheSimulator() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let app = SimulatedApp.accountLevel
            let environment = [
                "ZOOM_OAUTH_URL": simulator.oauthBaseURL.absoluteString, "ZOOM_ACCOUNT_ID": app.accountID,
                "ZOOM_CLIENT_ID": app.clientID, "ZOOM_CLIENT_SECRET": app.clientSecret!,
            ]
            let directory = try makeDirectory()
            let token = try await resolve(environment, directory).provider.currentToken()
            let status = try await simulator.statusOfCurrentUser(with: token.value)
            XCTAssertEqual(status, 200)
            XCTAssertEqual(
                try TokenStore(directory: directory).load().serverToServer?.oauthBaseURL, simulator.oauthBaseURL)
        }
    }
}
