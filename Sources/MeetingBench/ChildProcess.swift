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
        guard process.terminationStatus == 0 else { throw BenchError("\(path) exited with \(process.terminationStatus)") }
        return data
    }

    /// The `curl` on the PATH.
    static var curl: String {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return paths.map { "\($0)/curl" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/curl"
    }
}

/// A few seconds' pause that does not block the cooperative pool's threads.
func pause(_ seconds: Double) async {
    try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
}
