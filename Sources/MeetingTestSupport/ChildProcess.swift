import Foundation
import Glibc
import Locking

/// A program run as a child of a test: its output goes to files (no pipe to fill up and stall it),
/// and it has a deadline, after which it is killed, so that no wait on it can hang the suite.
public final class ChildProcess: Sendable {
    /// How a child ended and what it printed.
    public struct Exit: Sendable {
        /// The exit status, or the number of the signal that ended it.
        public let status: Int32
        /// Whether a signal ended it.
        public let signalled: Bool
        public let stdout: String
        public let stderr: String
    }

    /// The child outlived its deadline and was killed.
    public struct DeadlinePassed: Error, CustomStringConvertible {
        public let command: String
        public let seconds: Double
        public let output: String
        public var description: String {
            "\(command) still ran after \(seconds) s and was killed; it printed:\n\(output.suffix(3000))"
        }
    }

    /// The process identifier.
    public let processIdentifier: Int32
    private let command: String
    private let seconds: Double
    private let output: (stdout: URL, stderr: URL)
    private let input: FileHandle
    private let exited = DispatchGroup()
    private let ending = Locked<(status: Int32, signalled: Bool, killedAtDeadline: Bool)?>(nil)

    /// An executable built with this package, next to the test bundle (`meeting-tui`, `MeetingTestChild`).
    public static func built(_ name: String) -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent(name)
    }

    /// Starts `executable` with exactly `environment` (this process's when `nil`), writing its output to new files in
    /// `directory`; `input` is written to its standard input, which is then closed unless
    /// `keepInputOpen` (see `closeInput()`). After `deadline` seconds it is killed.
    public init(
        _ executable: URL, _ arguments: [String] = [], environment: [String: String]? = nil, input: String = "",
        keepInputOpen: Bool = false, outputIn directory: URL, deadline: Double = 60
    ) throws {
        let name = UUID().uuidString
        output = (
            directory.appendingPathComponent("\(name).stdout"), directory.appendingPathComponent("\(name).stderr")
        )
        for file in [output.stdout, output.stderr] {
            _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        }
        command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
        seconds = deadline
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = try FileHandle(forWritingTo: output.stdout)
        process.standardError = try FileHandle(forWritingTo: output.stderr)
        self.input = stdin.fileHandleForWriting
        let ending = self.ending
        let exited = self.exited
        exited.enter()
        process.terminationHandler = { process in
            ending.withLock {
                $0 = (
                    process.terminationStatus, process.terminationReason == .uncaughtSignal,
                    $0?.killedAtDeadline ?? false
                )
            }
            exited.leave()
        }
        do {
            try process.run()
        } catch {
            exited.leave()
            throw error
        }
        processIdentifier = process.processIdentifier
        if !input.isEmpty { self.input.write(Data(input.utf8)) }
        if !keepInputOpen { closeInput() }
        let pid = processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + deadline) {
            let running = ending.withLock { state -> Bool in
                guard state == nil else { return false }
                state = (0, true, true)
                return true
            }
            if running { Glibc.kill(pid, SIGKILL) }
        }
    }

    /// Runs `executable` to its end (see `init`) and returns how it ended.
    public static func run(
        _ executable: URL, _ arguments: [String] = [], environment: [String: String]? = nil, input: String = "",
        outputIn directory: URL, deadline: Double = 60
    ) throws -> Exit {
        try ChildProcess(
            executable, arguments, environment: environment, input: input, outputIn: directory, deadline: deadline
        )
        .waitForExit()
    }

    /// What the child has written to its standard output so far, once it contains `text`; `nil`
    /// when it ended or `deadline` seconds of wall time passed first.
    public func output(containing text: String, deadline: Double = 30) -> String? {
        let end = Date().addingTimeInterval(deadline)
        while Date() < end {
            let printed = (try? String(contentsOf: output.stdout, encoding: .utf8)) ?? ""
            if printed.contains(text) { return printed }
            if ending.withLock({ $0 != nil }) { return nil }
            usleep(10_000)
        }
        return nil
    }

    /// Closes the child's standard input (it reads end of file).
    public func closeInput() {
        try? input.close()
    }

    /// Ends the child now with SIGKILL.
    public func kill() {
        Glibc.kill(processIdentifier, SIGKILL)
    }

    /// Blocks until the child has ended; throws `DeadlinePassed` when it was killed at its deadline.
    public func waitForExit() throws -> Exit {
        exited.wait()
        return try exit()
    }

    /// Suspends until the child has ended; throws `DeadlinePassed` when it was killed at its deadline.
    public func ended() async throws -> Exit {
        await withCheckedContinuation { continuation in
            exited.notify(queue: .global()) { continuation.resume() }
        }
        return try exit()
    }

    private func exit() throws -> Exit {
        closeInput()
        let stdout = (try? String(contentsOf: output.stdout, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: output.stderr, encoding: .utf8)) ?? ""
        guard let ending = ending.withLock({ $0 }), !ending.killedAtDeadline else {
            throw DeadlinePassed(command: command, seconds: seconds, output: stdout + stderr)
        }
        return Exit(status: ending.status, signalled: ending.signalled, stdout: stdout, stderr: stderr)
    }
}
