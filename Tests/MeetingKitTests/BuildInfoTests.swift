import Foundation
import MeetingTestSupport
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
        let exit = try ChildProcess.run(
            root.appendingPathComponent("scripts/buildinfo.sh"), ["version"],
            outputIn: try makeTemporaryDirectory(self))

        XCTAssertEqual(exit.status, 0, exit.stderr)
        XCTAssertEqual(exit.stdout.trimmingCharacters(in: .whitespacesAndNewlines), MeetingKitVersion.current)
    }

    func testVersionLineNamesTheProgramVersionAndCommit() {
        XCTAssertEqual(BuildInfo.version, MeetingKitVersion.current)
        XCTAssertFalse(BuildInfo.commit.isEmpty)
        XCTAssertNil(BuildInfo.commit.rangeOfCharacter(from: .whitespacesAndNewlines))
        XCTAssertEqual(
            BuildInfo.versionLine, "meeting-tui \(MeetingKitVersion.current) (commit \(BuildInfo.commit))")
    }
}
