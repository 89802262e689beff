import Foundation

/// Runs an executable to its end with a given environment and standard input, capturing its output.
struct ChildProcess {
    /// What a finished process left behind.
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var output: String { standardOutput + standardError }
    }

    /// Runs `executable` with `arguments`; its output goes to files so a large output never blocks it.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String], input: String = "",
                    in directory: URL) throws -> Result {
        let name = UUID().uuidString
        let outURL = directory.appendingPathComponent("\(name).out"), errURL = directory.appendingPathComponent("\(name).err")
        let inURL = directory.appendingPathComponent("\(name).in")
        for url in [outURL, errURL] { FileManager.default.createFile(atPath: url.path, contents: nil) }
        try Data(input.utf8).write(to: inURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                      standardError: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
