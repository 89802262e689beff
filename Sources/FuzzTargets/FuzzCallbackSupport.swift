import Foundation

/// Runs async work to its end from the synchronous fuzzer callback.
func blockOn(_ work: @escaping @Sendable () async -> Void) {
    let done = DispatchSemaphore(value: 0)
    Task {
        await work()
        done.signal()
    }
    done.wait()
}

/// Splits a fuzz input into its first line and the rest, for targets that take a header and a body.
func splitFirstLine(_ data: Data) -> (line: String, rest: Data) {
    guard let newline = data.firstIndex(of: 0x0A) else { return ("", data) }
    return (String(decoding: data[data.startIndex..<newline], as: UTF8.self), Data(data[(newline + 1)...]))
}

/// The fixed "now" of every fuzz run, so that a crashing input reproduces whatever the day.
let fuzzEpoch = Date(timeIntervalSince1970: 1_800_000_000)
