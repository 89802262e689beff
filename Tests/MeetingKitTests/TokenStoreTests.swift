import Foundation
import MeetingTestSupport
import XCTest

@testable import MeetingKit

final class TokenStoreTests: XCTestCase {
    private func makeStore() throws -> TokenStore {
        TokenStore(
            directory: ConfigDirectory(url: try makeTemporaryDirectory(self).appendingPathComponent("meeting-tui")))
    }

    func testRoundTripsBothSlots() throws {
        let store = try makeStore()
        let expiry = Date(timeIntervalSince1970: 1_800_000_000)
        let login = StoredCredentials(
            kind: .userOAuth, accessToken: Secret("access-1"), expiresAt: expiry,
            scopes: .known(["meeting:read", "meeting:write"]),
            refreshToken: Secret("refresh-1"), clientID: "client", clientSecret: nil,
            oauthBaseURL: URL(string: "http://127.0.0.1:9999")!, apiBaseURL: URL(string: "https://api.zoom.us")!)
        let cache = StoredCredentials(
            kind: .serverToServer, accessToken: Secret("s2s"), expiresAt: expiry,
            scopes: .known(["meeting:write:admin"]), clientID: "s2s-client", accountID: "acct")
        try store.save(TokenStore.Contents(login: login, serverToServer: cache))

        let loaded = try store.load()
        XCTAssertEqual(loaded.login, login)
        XCTAssertEqual(loaded.serverToServer, cache)
        XCTAssertEqual(loaded.login?.token.source, .userOAuth)
        XCTAssertEqual(try permissions(of: store.file), 0o600)
        XCTAssertEqual(try permissions(of: store.file.deletingLastPathComponent()), 0o700)
    }

    func testPastedTokenKeepsUnknownScopes() throws {
        let store = try makeStore()
        try store.save(TokenStore.Contents(login: StoredCredentials(kind: .pasted, accessToken: Secret("pasted"))))
        let token = try XCTUnwrap(store.load().login).token
        XCTAssertEqual(token.scopes, .unknown)
        XCTAssertNil(token.expiresAt)
        XCTAssertEqual(token.source, .pastedToken)
    }

    func testEmptyStoreWhenNoFile() throws {
        XCTAssertTrue(try makeStore().load().isEmpty)
    }

    func testCorruptStoreGivesClearError() throws {
        let store = try makeStore()
        try SecureFile.write(Data("{\"version\": 1, \"login\": {\"kind\": \"pasted\"".utf8), to: store.file)
        XCTAssertThrowsError(try store.load()) { error in
            guard case .corrupt(let path, _)? = error as? TokenStoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, store.file.path)
            XCTAssertTrue(String(describing: error).contains("meeting-tui logout"))
        }
        try SecureFile.write(
            Data(#"{"version": 1, "login": {"kind": "carrier-pigeon", "access_token": "x"}}"#.utf8), to: store.file)
        XCTAssertThrowsError(try store.load()) { error in
            guard case .corrupt? = error as? TokenStoreError else { return XCTFail("\(error)") }
        }
        // An expiry far outside any real time would overflow the expiry arithmetic of `doctor` and the console.
        try SecureFile.write(
            Data(#"{"version": 1, "login": {"kind": "pasted", "access_token": "x", "expires_at": 1e300}}"#.utf8),
            to: store.file)
        XCTAssertThrowsError(try store.load()) { error in
            guard case .corrupt? = error as? TokenStoreError else { return XCTFail("\(error)") }
        }
        try SecureFile.write(Data(#"{"version": 7}"#.utf8), to: store.file)
        XCTAssertThrowsError(try store.load()) { error in
            XCTAssertTrue(String(describing: error).contains("version 7"), "\(error)")
        }
    }

    func testStoreReadableByOthersIsRefused() throws {
        let store = try makeStore()
        try store.save(TokenStore.Contents(login: StoredCredentials(kind: .pasted, accessToken: Secret("pasted"))))
        try setPermissions(0o644, of: store.file)
        XCTAssertThrowsError(try store.load()) { error in
            XCTAssertEqual(error as? TokenStoreError, .file(.permissionsTooOpen(path: store.file.path, mode: 0o644)))
            XCTAssertTrue(String(describing: error).contains("chmod 600 \(store.file.path)"))
        }
    }

    func testSecretsDoNotAppearInDescriptions() throws {
        let credentials = StoredCredentials(
            kind: .userOAuth, accessToken: Secret("access-secret"), refreshToken: Secret("refresh-secret"),
            clientID: "client", clientSecret: Secret("client-secret"))
        let shown = String(describing: credentials) + String(reflecting: credentials)
        for secret in ["access-secret", "refresh-secret", "client-secret"] {
            XCTAssertFalse(shown.contains(secret), shown)
        }
    }

    func testUpdateWritesUnderLockAndLogoutDeletes() async throws {
        let store = try makeStore()
        try await store.update { contents in
            contents.login = StoredCredentials(kind: .pasted, accessToken: Secret("t"))
        }
        XCTAssertEqual(try store.load().login?.accessToken, Secret("t"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.lock.file.path))

        let deleted = try await store.deleteAll()
        XCTAssertTrue(deleted)
        XCTAssertTrue(try store.load().isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.file.path))
        let deletedAgain = try await store.deleteAll()
        XCTAssertFalse(deletedAgain)
    }

    func testConfigDirectoryFollowsXDG() {
        XCTAssertEqual(
            ConfigDirectory(environment: ["XDG_CONFIG_HOME": "/srv/cfg", "HOME": "/home/op"]).url.path,
            "/srv/cfg/meeting-tui")
        XCTAssertEqual(
            ConfigDirectory(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/op"]).url.path,
            "/home/op/.config/meeting-tui")
        XCTAssertEqual(
            ConfigDirectory(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/op"]).tokenFile.path,
            "/home/op/.config/meeting-tui/tokens.json")
    }
}
