import Foundation

/// Runs a program to its end and returns its standard output, for the `curl` baselines.
enum ChildProcess {
    static func run(_ path: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("\(path) exited with \(process.terminationStatus)")
        }
        return data
    }

    /// The `curl` on the PATH.
    static var curl: String { onPath("curl") ?? "/usr/bin/curl" }

    /// The program called `name` on the PATH, if any.
    static func onPath(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `/usr/bin/time` reporting a program's peak resident kilobytes into `report`. Measured by a
    /// small parent: the kernel counts the memory of the process that forked a child into the
    /// child's peak, so a large parent (this benchmark) cannot measure a small child directly.
    static func peakMemoryWrapper(reportingTo report: String, _ command: [String]) -> (String, [String]) {
        ("/usr/bin/time", ["-f", "%M", "-o", report] + command)
    }

    /// The kilobytes `/usr/bin/time` wrote into `report`.
    static func reportedPeakKilobytes(_ report: String) throws -> Int {
        guard let text = try? String(contentsOfFile: report, encoding: .utf8),
            let kilobytes = text.split(separator: "\n").last.flatMap({ Int($0) })
        else {
            throw BenchError("no peak memory reported in \(report)")
        }
        return kilobytes
    }
}

/// A few seconds' pause that does not block the cooperative pool's threads.
func pause(_ seconds: Double) async {
    try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
}
