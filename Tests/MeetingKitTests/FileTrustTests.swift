import Foundation
import Glibc
import MeetingTestSupport
import XCTest

@testable import MeetingKit

/// What meeting-tui refuses to trust on disk (issue 12, items 4, 5, 8 and 10): a config file or
/// directory another user owns or may change, a symbolic link or FIFO where one of our files
/// belongs, and an audit log with loose permissions or another owner.
final class FileTrustTests: XCTestCase {
    private func configDirectory() throws -> ConfigDirectory {
        let url = try makeTemporaryDirectory(self).appendingPathComponent("meeting-tui")
        try SecureFile.ensureDirectory(url)
        return ConfigDirectory(url: url)
    }

    private func configError(_ body: () throws -> Void) -> ConfigurationError? {
        do {
            try body()
            return nil
        } catch {
            return error as? ConfigurationError
        }
    }

    /// Gives a file to `nobody`; skips the test when this user may not (only root may chown).
    private func giveAway(_ url: URL) throws {
        try XCTSkipUnless(geteuid() == 0, "only root can give a file to another user")
        XCTAssertEqual(chown(url.path, 65534, 65534), 0)
    }

    // MARK: - The config file and directory (item 5)

    func testConfigFileOthersMayChangeIsRefusedWithTheChmodThatFixesIt() throws {
        let directory = try configDirectory()
        try SecureFile.write(Data("[console]\nread_only = true\n".utf8), to: directory.configFile)
        try setPermissions(0o664, of: directory.configFile)
        let error = configError { _ = try ConfigFile(directory: directory).load() }
        XCTAssertEqual(error, .file(.writableByOthers(path: directory.configFile.path, mode: 0o664)))
        XCTAssertEqual(
            error?.description,
            "refusing to use \(directory.configFile.path): its permissions 664 let other users change it; "
                + "run `chmod go-w \(directory.configFile.path)`")
    }

    func testConfigDirectoryOthersMayChangeIsRefused() throws {
        let directory = try configDirectory()
        try SecureFile.write(Data("[console]\nread_only = true\n".utf8), to: directory.configFile)
        try setPermissions(0o777, of: directory.url)
        let error = configError { _ = try ConfigFile(directory: directory).load() }
        XCTAssertEqual(error, .file(.writableByOthers(path: directory.url.path, mode: 0o777)))
        XCTAssertTrue(
            error?.description.contains("run `chmod go-w \(directory.url.path)`") == true,
            "\(String(describing: error))")
        // The token store lives there too: it is refused the same way.
        XCTAssertThrowsError(try TokenStore(directory: directory).load()) { error in
            XCTAssertEqual(error as? TokenStoreError, .file(.writableByOthers(path: directory.url.path, mode: 0o777)))
        }
    }

    func testConfigFileOfAnotherUserIsRefused() throws {
        let directory = try configDirectory()
        try SecureFile.write(Data("[console]\nread_only = true\n".utf8), to: directory.configFile)
        try giveAway(directory.configFile)
        let error = configError { _ = try ConfigFile(directory: directory).load() }
        XCTAssertEqual(error, .file(.wrongOwner(path: directory.configFile.path, owner: 65534)))
        XCTAssertEqual(
            error?.description,
            "refusing to use \(directory.configFile.path): it belongs to user id 65534, not to you (user id 0); "
                + "if you trust it, run `sudo chown 0 \(directory.configFile.path)`, or remove it")
    }

    func testConfigDirectoryOfAnotherUserIsRefused() throws {
        let directory = try configDirectory()
        try SecureFile.write(Data("[console]\nread_only = true\n".utf8), to: directory.configFile)
        try giveAway(directory.url)
        XCTAssertEqual(
            configError { _ = try ConfigFile(directory: directory).load() },
            .file(.wrongOwner(path: directory.url.path, owner: 65534)))
    }

    // MARK: - A symbolic link at config.toml (item 10)

    func testSymlinkedConfigIsRefusedAndRoomsAddLeavesTheLinkAlone() async throws {
        let directory = try configDirectory()
        let target = directory.url.appendingPathComponent("real.toml")
        let text = "[console]\nread_only = true\n"
        try SecureFile.write(Data(text.utf8), to: target)
        XCTAssertEqual(symlink(target.path, directory.configFile.path), 0)
        let file = ConfigFile(directory: directory)
        let loading = configError { _ = try file.load() }
        XCTAssertEqual(loading, .file(.symbolicLink(path: directory.configFile.path)))
        XCTAssertEqual(
            loading?.description,
            "refusing to use \(directory.configFile.path): it is a symbolic link, and meeting-tui only "
                + "opens its own regular file there; put the file itself in its place")
        do {
            try await file.addRoom(SavedRoom(name: "Lab", callType: .h323, address: "192.0.2.10"))
            XCTFail("a room was added through a symbolic link")
        } catch {
            XCTAssertEqual(error, .file(.symbolicLink(path: directory.configFile.path)))
        }
        XCTAssertEqual(
            try FileManager.default.destinationOfSymbolicLink(atPath: directory.configFile.path), target.path)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), text)
    }

    // MARK: - Editing rooms (item 10)

    func testRoomEditsKeepCommentsInsideOtherRoomBlocks() async throws {
        let directory = try configDirectory()
        let original = """
            # Operator settings
            [console]
            read_only = false

            # The boardroom on the third floor
            [[rooms]]
            name = "Boardroom" # the big one
            type = "sip"
            # Ask facilities before changing this address
            address = "sip:boardroom@example.com"

            [[rooms]]
            name = "Lab"
            type = "h323"
            address = "192.0.2.10"

            # Keep the annex last
            [[rooms]]
            name = "Annex"
            type = "sip"
            address = "sip:annex@example.com"

            """
        try SecureFile.write(Data(original.utf8), to: directory.configFile)
        let file = ConfigFile(directory: directory)
        try await file.addRoom(SavedRoom(name: "Attic", callType: .sip, address: "sip:attic@example.com", quickKey: 4))
        var text = try String(contentsOf: directory.configFile, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix(original), text)

        try await file.removeRoom(named: "lab")
        text = try String(contentsOf: directory.configFile, encoding: .utf8)
        for comment in [
            "# The boardroom on the third floor", "# the big one", "# Ask facilities before changing this address",
            "# Keep the annex last",
        ] {
            XCTAssertTrue(text.contains(comment), "\(comment) was dropped:\n\(text)")
        }
        XCTAssertFalse(text.contains("192.0.2.10"), text)
        XCTAssertEqual(try file.load().rooms.map(\.name), ["Boardroom", "Annex", "Attic"])

        try await file.removeRoom(named: "Boardroom")
        text = try String(contentsOf: directory.configFile, encoding: .utf8)
        XCTAssertFalse(text.contains("third floor"), "the removed room's own comments go with it:\n\(text)")
        XCTAssertTrue(text.contains("# Keep the annex last"), text)
    }

    func testConcurrentRoomEditsLoseNoRoom() async throws {
        let directory = try configDirectory()
        let file = ConfigFile(directory: directory)
        let names = (1...12).map { "Room \($0)" }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for name in names {
                group.addTask {
                    try await ConfigFile(directory: directory).addRoom(
                        SavedRoom(name: name, callType: .sip, address: "sip:r@example.com"))
                }
            }
            try await group.waitForAll()
        }
        XCTAssertEqual(Set(try file.load().rooms.map(\.name)), Set(names))
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.configLockFile.path))
    }

    // MARK: - The audit log (items 4 and 8)

    private func auditEntry() -> AuditEntry {
        AuditEntry(
            time: Date(timeIntervalSince1970: 1_800_000_000), meeting: .id(85_746_065_432), action: "end_meeting",
            target: nil, outcome: "done", zoomCode: nil, elapsed: 0.1, reason: nil)
    }

    func testAuditLogNeverFollowsASymbolicLink() throws {
        let directory = try configDirectory()
        let victim = directory.url.appendingPathComponent("victim")
        try SecureFile.write(Data("precious\n".utf8), to: victim)
        let log = AuditLog(fileURL: directory.url.appendingPathComponent("audit.log"))
        XCTAssertEqual(symlink(victim.path, log.fileURL.path), 0)
        XCTAssertThrowsError(try log.record(auditEntry())) { error in
            XCTAssertEqual(
                "\(error)",
                "cannot write the audit log \(log.fileURL.path): "
                    + FileSecurityError.symbolicLink(path: log.fileURL.path).description)
        }
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "precious\n")
    }

    func testAuditLogRefusesAFIFOWithoutBlocking() throws {
        let directory = try configDirectory()
        let log = AuditLog(fileURL: directory.url.appendingPathComponent("audit.log"))
        XCTAssertEqual(mkfifo(log.fileURL.path, 0o600), 0)
        XCTAssertThrowsError(try log.record(auditEntry())) { error in
            XCTAssertTrue("\(error)".contains("is not a regular file"), "\(error)")
        }
    }

    func testExistingAuditLogIsMadePrivate() throws {
        let directory = try configDirectory()
        let log = AuditLog(fileURL: directory.url.appendingPathComponent("audit.log"))
        try log.record(auditEntry())
        try setPermissions(0o644, of: log.fileURL)
        try log.record(auditEntry())
        XCTAssertEqual(try permissions(of: log.fileURL), 0o600)
        XCTAssertEqual(try log.entries().count, 2)
    }

    func testAuditLogOfAnotherUserIsRefused() throws {
        let directory = try configDirectory()
        let log = AuditLog(fileURL: directory.url.appendingPathComponent("audit.log"))
        try log.record(auditEntry())
        try giveAway(log.fileURL)
        XCTAssertThrowsError(try log.record(auditEntry())) { error in
            XCTAssertTrue("\(error)".contains("belongs to user id 65534"), "\(error)")
        }
        XCTAssertEqual(try log.entries().count, 1)
    }

    func testAuditFailureBecomesAWarning() throws {
        let directory = try configDirectory()
        let blocker = directory.url.appendingPathComponent("state")
        try SecureFile.write(Data(), to: blocker)
        let log = AuditLog(fileURL: blocker.appendingPathComponent("audit.log"))
        let warning = try XCTUnwrap(log.recordOrWarn(auditEntry()))
        XCTAssertTrue(
            warning.hasPrefix("This action is NOT in the audit log: cannot write the audit log \(log.fileURL.path): "),
            warning)
    }

    // MARK: - The token lock (item 8)

    func testTokenLockNeverFollowsASymbolicLink() async throws {
        let directory = try configDirectory()
        let elsewhere = try makeTemporaryDirectory(self).appendingPathComponent("planted")
        XCTAssertEqual(symlink(elsewhere.path, directory.tokenLockFile.path), 0)
        do {
            try await TokenStore(directory: directory).update {
                $0.login = StoredCredentials(kind: .pasted, accessToken: Secret("t"))
            }
            XCTFail("the lock was taken through a symbolic link")
        } catch {
            XCTAssertEqual(error as? FileSecurityError, .symbolicLink(path: directory.tokenLockFile.path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: elsewhere.path), "the link's target was created")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.tokenFile.path))
    }

    // MARK: - Temporary directories (item 4)

    func testTemporaryDirectoriesArePrivateAndUnpredictable() throws {
        let first = try SecureFile.makeTemporaryDirectory(prefix: "meeting-tui-test-")
        let second = try SecureFile.makeTemporaryDirectory(prefix: "meeting-tui-test-")
        addTeardownBlock {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        XCTAssertNotEqual(first, second)
        XCTAssertTrue(first.lastPathComponent.hasPrefix("meeting-tui-test-"))
        XCTAssertFalse(first.lastPathComponent.contains("\(getpid())"))
        XCTAssertEqual(try permissions(of: first), 0o700)
    }
}
