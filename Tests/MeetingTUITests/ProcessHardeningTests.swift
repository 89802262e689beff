import Foundation
import MeetingTestSupport
import XCTest

/// What the process does to keep the tokens it holds: it cannot be dumped, and a hidden prompt
/// interrupted with Ctrl-C leaves the terminal echoing again.
final class ProcessHardeningTests: XCTestCase {
    private let home = FileManager.default.temporaryDirectory.appendingPathComponent(
        "meeting-tui-hardening-\(UUID().uuidString)")

    private var environment: [String: String] {
        [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "LANG": "C.UTF-8", "TERM": "xterm-256color",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
    }

    /// The files under `/proc/<pid>` of a non-dumpable process belong to root. Run as root, the
    /// binary is started as `nobody` (through setpriv) so that the difference can be seen.
    func testTheProcessMarksItselfNonDumpable() throws {
        let binary = CommandLineHarness.binary
        let (executable, arguments) =
            getuid() == 0
            ? (
                URL(fileURLWithPath: "/usr/bin/setpriv"),
                ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path, "login", "--token"]
            )
            : (binary, ["login", "--token"])
        let process = try ChildProcess(
            executable, arguments, environment: environment, keepInputOpen: true,
            outputIn: try makeTemporaryDirectory(self))
        defer {
            process.closeInput()
            _ = try? process.waitForExit()
        }
        // It waits for the token on standard input; until it has exec'd and run its first line, the
        // files still belong to its user.
        let status = "/proc/\(process.processIdentifier)/status"
        let deadline = Date().addingTimeInterval(10)
        var owner: uid_t?
        repeat {
            let comm = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/comm", encoding: .utf8)
            var info = stat()
            owner = stat(status, &info) == 0 ? info.st_uid : nil
            if comm?.hasPrefix("meeting-tui") == true, owner == 0 { break }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        XCTAssertEqual(owner, 0, "\(status) still belongs to the process's user: it is dumpable")
    }

    func testCtrlCAtTheHiddenTokenPromptRestoresEcho() throws {
        // The shell traps Ctrl-C (so it survives to run stty); the program gets the default action.
        let command =
            "trap : INT; '\(CommandLineHarness.binary.path)' login --token; code=$?; "
            + "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo; (exit $code)"
        let terminal = try TmuxSession(command, environment: environment)
        try terminal.waitForScreen("the hidden prompt") { $0.contains("Paste the access token (input hidden):") }
        try terminal.send("C-c")
        XCTAssertEqual(terminal.waitForExit(), 130, "ended by SIGINT")
        let lines = try terminal.screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(lines.contains("echo"), "echo must be on again:\n\(lines.joined(separator: "\n"))")
        XCTAssertFalse(lines.contains("-echo"))
    }
}
