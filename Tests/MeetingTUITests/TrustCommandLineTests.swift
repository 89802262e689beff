import Foundation
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// The `meeting-tui` binary refusing what it must not trust (issue 12): a cleartext URL to another
/// machine, a config directory others may change, a demo directory another user prepared, and an
/// audit record it could not write.
final class TrustCommandLineTests: XCTestCase {
    func testPlainHTTPToAnotherMachineIsRefusedBeforeAnyCredentialIsSent() async throws {
        var harness = try await CommandLineHarness.start(for: self)
        harness.environment["ZOOM_OAUTH_URL"] = "http://zoom-oauth.invalid"
        let run = try harness.run(["meetings"])
        XCTAssertEqual(run.status, 78, run.stderr)
        XCTAssertTrue(
            run.stderr.contains(
                "ZOOM_OAUTH_URL: refusing \"http://zoom-oauth.invalid\": plain http would send tokens and secrets "
                    + "over the network unencrypted"), run.stderr)
        let requests = await harness.simulator.requestLog()
        XCTAssertEqual(requests.map(\.path), [], "something was sent")
        XCTAssertEqual(run.stdout, "")
    }

    func testAConfigDirectoryOthersMayChangeIsRefusedWithTheFix() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let directory = harness.home.appendingPathComponent("config/meeting-tui")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("[console]\nread_only = true\n".utf8).write(to: directory.appendingPathComponent("config.toml"))
        XCTAssertEqual(chmod(directory.path, 0o777), 0)
        let run = try harness.run(["meetings"])
        XCTAssertEqual(run.status, 78, run.stderr)
        XCTAssertTrue(
            run.stderr.contains(
                "refusing to use \(directory.path): its permissions 777 let other users change it; "
                    + "run `chmod go-w \(directory.path)`"), run.stderr)
        let requests = await harness.simulator.requestLog()
        XCTAssertEqual(requests.map(\.path), [], "something was sent")
    }

    func testAnActionMissingFromTheAuditLogSaysSoOnStandardError() async throws {
        var harness = try await CommandLineHarness.start(for: self)
        let meetings = await harness.simulator.liveMeetings()
        let meeting = try XCTUnwrap(meetings.first)
        let blocker = harness.home.appendingPathComponent("state-is-a-file")
        XCTAssertTrue(FileManager.default.createFile(atPath: blocker.path, contents: Data()))
        harness.environment["XDG_STATE_HOME"] = blocker.path
        let run = try harness.run(["record", String(meeting.id), "start"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("done: recording started"), run.stdout)
        XCTAssertTrue(
            run.stderr.contains(
                "warning: This action is NOT in the audit log: cannot write the audit log "
                    + "\(blocker.path)/meeting-tui/audit.log"), run.stderr)
    }

    func testDemoNeverWritesIntoADirectoryPreparedForIt() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let temporary = harness.home.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        var environment = harness.environment
        environment["TMPDIR"] = temporary.path
        let listing = try run(["--demo", "meetings", "--json"], environment: environment)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [String: Any])
        let meetings = try XCTUnwrap(document["meetings"] as? [[String: Any]])
        let id = try XCTUnwrap(meetings.first?["id"] as? Int)

        // Another local user prepares the old predictable directory with a link to a file of the victim's.
        let victim = harness.home.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        let script = """
            mkdir -m 777 "$TMPDIR/meeting-tui-demo-$$" && ln -s '\(victim.path)' "$TMPDIR/meeting-tui-demo-$$/audit.log" \
            && exec '\(CommandLineHarness.binary.path)' --demo record \(id) start
            """
        _ = try run(["-c", script], environment: environment, executable: URL(fileURLWithPath: "/bin/sh"))

        XCTAssertEqual(
            try String(contentsOf: victim, encoding: .utf8), "precious\n", "the demo wrote through the planted link")
        let made = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
            .filter { $0.hasPrefix("meeting-tui-demo-") }
            .map { temporary.appendingPathComponent($0) }
            .filter {
                (try? FileManager.default.destinationOfSymbolicLink(atPath: $0.appendingPathComponent("audit.log").path))
                    == nil
            }
        let own = try XCTUnwrap(
            made.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("audit.log").path) },
            "no private demo directory with an audit log among \(made)")
        let attributes = try FileManager.default.attributesOfItem(atPath: own.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        let audit = try String(contentsOf: own.appendingPathComponent("audit.log"), encoding: .utf8)
        XCTAssertTrue(audit.contains(#""action":"recording.start""#), audit)
    }

    /// Runs a program to its end and returns its standard output; fails the test on a non-zero exit.
    private func run(
        _ arguments: [String], environment: [String: String], executable: URL = CommandLineHarness.binary,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> String {
        let exit = try ChildProcess.run(
            executable, arguments, environment: environment, outputIn: try makeTemporaryDirectory(self))
        XCTAssertEqual(exit.status, 0, exit.stderr, file: file, line: line)
        return exit.stdout
    }
}
