import Foundation

// The programs that tests run as child processes (built with the package, never shipped):
//   MeetingTestChild write-token-store-forever DIRECTORY FIRST-GENERATION
//   MeetingTestChild refresh-login ROUNDS API-URL      (signs in as the environment says)
// Exits 0 when done, 1 with the reason on standard error when something failed, 64 on bad usage.
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "write-token-store-forever" where arguments.count == 3:
        guard let first = Int(arguments[2]) else { throw ChildUsageError() }
        try TokenStoreWriter(directory: URL(fileURLWithPath: arguments[1])).writeForever(from: first)
    case "refresh-login" where arguments.count == 3:
        guard let rounds = Int(arguments[1]), let api = URL(string: arguments[2]) else { throw ChildUsageError() }
        try await LoginRefresher(apiBaseURL: api).refresh(rounds: rounds)
    default:
        throw ChildUsageError()
    }
} catch let error as ChildUsageError {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(64)
} catch {
    FileHandle.standardError.write(Data("MeetingTestChild \(arguments.joined(separator: " ")): \(error)\n".utf8))
    exit(1)
}
