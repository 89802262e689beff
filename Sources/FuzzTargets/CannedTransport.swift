import Foundation
import Locking
import MeetingKit

/// An `HTTPTransport` that answers every request with the same response: the fuzz input.
struct CannedTransport: HTTPTransport {
    let response: HTTPResponse

    func send(_ request: HTTPRequest) async throws -> HTTPResponse { response }
}

/// A clock whose sleeps return at once but move its time on, so retries, rate-limit waits and
/// polling deadlines cost nothing while fuzzing and still end.
final class InstantClock: MeetingClock {
    private let elapsed = Locked(0.0)
    var now: Date { Date(timeIntervalSince1970: 1_800_000_000 + elapsed.withLock { $0 }) }
    func sleep(seconds: Double) async throws { elapsed.withLock { $0 += max(seconds, 0.001) } }
}

/// A token provider with one fixed token.
struct FixedTokenProvider: TokenProvider {
    let token = AccessToken(value: Secret("fuzz-token"), expiresAt: nil, scopes: .unknown, source: .pastedToken)
    func currentToken() async throws -> AccessToken { token }
    func renewToken(after rejected: AccessToken) async throws -> AccessToken { token }
}

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
