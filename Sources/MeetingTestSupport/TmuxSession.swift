import Foundation
import XCTest

/// A program running in a detached tmux session on a private server: keys in, screen text out,
/// so end-to-end tests see exactly what an operator sees.
public final class TmuxSession {
    private let socket = "meeting-tui-test-\(UUID().uuidString.prefix(8))"
    private let exitFile: URL
    /// The tmux session's name.
    public let name = "console"

    /// Starts `command` (run by `sh -c`) in a `columns` x `rows` window. When the command ends,
    /// its exit status is kept and the pane stays open so the restored screen can be read.
    /// Skips the calling test where tmux is missing (`scripts/setup.sh` installs it).
    public static func skipUnlessInstalled() throws {
        try XCTSkipUnless(
            FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"),
            "tmux is needed (scripts/setup.sh installs it)")
    }

    public init(_ command: String, columns: Int = 100, rows: Int = 30, environment: [String: String] = [:]) throws {
        exitFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).exit")
        let exports = environment.map { "export \($0.key)='\($0.value)';" }.joined(separator: " ")
        let script = "\(exports) \(command); echo $? > '\(exitFile.path)'; exec sleep 600"
        try tmux([
            "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows), script,
        ])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: exitFile)
    }

    /// The visible screen, one line per row, trailing spaces removed.
    public func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Types keys as tmux names them (`Enter`, `Escape`, `Up`, or literal text with `literal`).
    public func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// Resizes the window, as a terminal emulator's resize would.
    public func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(columns), "-y", String(rows)])
    }

    /// Whether the program switched the terminal to the alternate screen (and has not restored it).
    public func alternateScreenOn() throws -> Bool {
        try tmux(["display-message", "-p", "-t", name, "#{alternate_on}"]).trimmingCharacters(
            in: .whitespacesAndNewlines) == "1"
    }

    /// The pane's title, which a program sets with OSC 0 or 2 (tmux starts it as the host name).
    public func paneTitle() throws -> String {
        try tmux(["display-message", "-p", "-t", name, "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The program's exit status once it has ended.
    public func exitStatus() -> Int32? {
        (try? String(contentsOf: exitFile, encoding: .utf8)).flatMap {
            Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Polls the screen until `condition` holds, failing the test with the last screen after `timeout` seconds.
    @discardableResult
    public func waitForScreen(
        _ description: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("timed out waiting for \(description); screen:\n\(last)", file: file, line: line)
        return last
    }

    /// Waits for the program to exit and returns its status.
    public func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = exitStatus() { return status }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// Runs one tmux command and returns what it printed. It is spawned and reaped directly:
    /// Foundation's `Process` leaves the client of `new-session` a zombie and never returns
    /// (the server it forks confuses its child monitoring), and a pipe would be held open by that server.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, argv, environ)
        guard spawned == 0 else { throw TmuxError(reason: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    }
}

/// tmux could not be started.
public struct TmuxError: Error {
    public let reason: String
}
