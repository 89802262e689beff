import FoundationEssentials

/// The time source and sleeper behind retries, token expiry and verification polling.
/// `SystemClock` is the production implementation; tests may supply their own.
public protocol MeetingClock: Sendable {
    /// The current time.
    var now: Date { get }
    /// Suspends for the given number of seconds (or until cancelled).
    func sleep(seconds: Double) async throws
}

/// The wall clock and `Task.sleep`.
public struct SystemClock: MeetingClock {
    public init() {}
    public var now: Date { Date() }
    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        // At most about 31 years, so that the nanoseconds fit in UInt64 whatever the caller asks.
        try await Task.sleep(nanoseconds: UInt64(min(seconds, 1e9) * 1_000_000_000))
    }
}
