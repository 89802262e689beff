import Foundation
import MeetingTestSupport
import XCTest

/// The tests' child processes: output and status come back, and one that outlives its deadline is
/// killed and reported instead of hanging the suite.
final class ChildProcessTests: XCTestCase {
    func testOutputAndStatusComeBack() throws {
        let exit = try ChildProcess.run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "read line; echo \"got $line\"; echo oops >&2; exit 3"],
            input: "hello\n", outputIn: try makeTemporaryDirectory(self))
        XCTAssertEqual(exit.status, 3)
        XCTAssertFalse(exit.signalled)
        XCTAssertEqual(exit.stdout, "got hello\n")
        XCTAssertEqual(exit.stderr, "oops\n")
    }

    func testAChildThatOutlivesItsDeadlineIsKilledAndReported() throws {
        let child = try ChildProcess(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "echo started; exec sleep 60"],
            outputIn: try makeTemporaryDirectory(self), deadline: 0.5)
        XCTAssertThrowsError(try child.waitForExit()) { error in
            guard let passed = error as? ChildProcess.DeadlinePassed else { return XCTFail("\(error)") }
            XCTAssertEqual(passed.command, "sh -c echo started; exec sleep 60")
            XCTAssertEqual(passed.output, "started\n")
        }
    }
}
