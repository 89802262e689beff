import Foundation
import MeetingTestSupport
import XCTest

@testable import MeetingKit

final class SecureFileTests: XCTestCase {
    func testWriteRemovesOnlyTemporaryFilesOfDeadWriters() throws {
        let directory = try makeTemporaryDirectory(self)
        let file = directory.appendingPathComponent("tokens.json")
        let finished = try ChildProcess(URL(fileURLWithPath: "/bin/true"), outputIn: try makeTemporaryDirectory(self))
        _ = try finished.waitForExit()
        let abandoned = TemporaryName(target: "tokens.json", writer: finished.processIdentifier).fileName
        let live = TemporaryName(target: "tokens.json", writer: getppid()).fileName
        let ours = TemporaryName(target: "tokens.json", writer: getpid()).fileName
        let otherFile = TemporaryName(target: "config.toml", writer: finished.processIdentifier).fileName
        for name in [abandoned, live, ours, otherFile] {
            XCTAssertTrue(
                FileManager.default.createFile(
                    atPath: directory.appendingPathComponent(name).path, contents: Data("partial".utf8)))
        }

        try SecureFile.write(Data("whole".utf8), to: file)

        let remaining = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        XCTAssertEqual(
            remaining, [live, ours, otherFile, "tokens.json"], "only the dead writer's file of this target goes")
        let parsed = TemporaryName(target: "tokens.json", writer: 42, nonce: 7)
        XCTAssertEqual(TemporaryName(fileName: parsed.fileName), parsed)
        XCTAssertNil(TemporaryName(fileName: ".tokens.json.x.1.tmp"))
        XCTAssertEqual(TemporaryName(fileName: ".my.config.file.42.7.tmp")?.target, "my.config.file")
    }

    func testWriteCreatesPrivateDirectoryAndFile() throws {
        let base = try makeTemporaryDirectory(self)
        let directory = base.appendingPathComponent("config/meeting-tui", isDirectory: true)
        let file = directory.appendingPathComponent("tokens.json")

        try SecureFile.write(Data("one".utf8), to: file)

        XCTAssertEqual(try permissions(of: directory), 0o700)
        XCTAssertEqual(try permissions(of: file), 0o600)
        XCTAssertEqual(try SecureFile.read(file, holdsSecrets: true), Data("one".utf8))
    }

    func testWriteReplacesContentAndKeepsModeEvenUnderWideUmask() throws {
        let file = try makeTemporaryDirectory(self).appendingPathComponent("secret")
        let previous = umask(0)
        defer { umask(previous) }
        try SecureFile.write(Data("first".utf8), to: file)
        try SecureFile.write(Data("second, longer".utf8), to: file)

        XCTAssertEqual(try SecureFile.read(file, holdsSecrets: true), Data("second, longer".utf8))
        XCTAssertEqual(try permissions(of: file), 0o600)
    }

    func testFailedWriteLeavesOldContentAndNoTemporaryFile() throws {
        let directory = try makeTemporaryDirectory(self)
        let file = directory.appendingPathComponent("tokens.json")
        try SecureFile.write(Data("intact".utf8), to: file)

        XCTAssertThrowsError(
            try SecureFile.write(to: file) { descriptor, path throws(FileSecurityError) in
                _ = "half of the new con".withCString { write(descriptor, $0, 19) }
                throw .system(path: path, operation: "write", errno: ENOSPC)
            })

        XCTAssertEqual(try SecureFile.read(file, holdsSecrets: true), Data("intact".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["tokens.json"])
    }

    func testSecretFileReadableByOthersIsRefusedWithTheFix() throws {
        let file = try makeTemporaryDirectory(self).appendingPathComponent("tokens.json")
        try SecureFile.write(Data("{}".utf8), to: file)
        try setPermissions(0o644, of: file)

        XCTAssertThrowsError(try SecureFile.read(file, holdsSecrets: true)) { error in
            XCTAssertEqual(error as? FileSecurityError, .permissionsTooOpen(path: file.path, mode: 0o644))
            let message = String(describing: error)
            XCTAssertTrue(message.contains(file.path), message)
            XCTAssertTrue(message.contains("chmod 600 \(file.path)"), message)
        }
        // A file without secrets may be shared.
        XCTAssertEqual(try SecureFile.read(file, holdsSecrets: false), Data("{}".utf8))
    }

    func testGroupWritableSecretFileIsRefused() throws {
        let file = try makeTemporaryDirectory(self).appendingPathComponent("tokens.json")
        try SecureFile.write(Data("{}".utf8), to: file)
        try setPermissions(0o620, of: file)
        XCTAssertThrowsError(try SecureFile.read(file, holdsSecrets: true)) { error in
            XCTAssertEqual(error as? FileSecurityError, .permissionsTooOpen(path: file.path, mode: 0o620))
        }
    }

    func testMissingFileReadsAsNilAndDeleteIsIdempotent() throws {
        let file = try makeTemporaryDirectory(self).appendingPathComponent("absent")
        XCTAssertNil(try SecureFile.read(file, holdsSecrets: true))
        XCTAssertFalse(try SecureFile.delete(file))
        try SecureFile.write(Data("x".utf8), to: file)
        XCTAssertTrue(try SecureFile.delete(file))
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
    }
}
