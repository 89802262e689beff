import Foundation
import XCTest

@testable import MeetingKit

/// The version and commit the binary reports, and the packaging's view of the same version.
final class BuildInfoTests: XCTestCase {
    /// The Makefile and the .deb read the version out of Version.swift with
    /// `scripts/buildinfo.sh version`; a reformatted constant must not leave them with a
    /// different (or empty) version than the binary prints.
    func testPackagingReadsTheSameVersionAsTheBinary() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = root.appendingPathComponent("scripts/buildinfo.sh")
        process.arguments = ["version"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(printed.trimmingCharacters(in: .whitespacesAndNewlines), MeetingKitVersion.current)
    }

    func testVersionLineNamesTheProgramVersionAndCommit() {
        XCTAssertEqual(BuildInfo.version, MeetingKitVersion.current)
        XCTAssertFalse(BuildInfo.commit.isEmpty)
        XCTAssertNil(BuildInfo.commit.rangeOfCharacter(from: .whitespacesAndNewlines))
        XCTAssertEqual(
            BuildInfo.versionLine, "meeting-tui \(MeetingKitVersion.current) (commit \(BuildInfo.commit))")
    }
}
