import FoundationEssentials
import Glibc

/// How hard the client tries before giving up, and how long it waits between tries.
public struct RetryPolicy: Sendable {
    /// Attempts for a GET that meets a 5xx or a network failure (the first try included).
    public var readAttempts: Int
    /// Attempts for any request whose earlier try Zoom certainly did not process (429, not sent).
    public var unprocessedAttempts: Int
    /// The first backoff delay in seconds; each later one doubles, with jitter.
    public var baseDelay: TimeInterval
    /// The longest single backoff delay.
    public var maxDelay: TimeInterval
    /// The longest wait a 429 may ask for before the client reports it instead of waiting.
    public var maxRateLimitWait: TimeInterval

    public init(
        readAttempts: Int = 4, unprocessedAttempts: Int = 5, baseDelay: TimeInterval = 0.5,
        maxDelay: TimeInterval = 8, maxRateLimitWait: TimeInterval = 30
    ) {
        self.readAttempts = readAttempts
        self.unprocessedAttempts = unprocessedAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRateLimitWait = maxRateLimitWait
    }

    /// The delay before retry number `retry` (1 for the first retry): exponential with full jitter
    /// over the upper half, so that several clients do not retry in step.
    public func backoff(retry: Int) -> TimeInterval {
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(max(0, retry - 1))))
        return Double.random(in: ceiling / 2...ceiling)
    }
}
