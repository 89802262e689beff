import FoundationEssentials
import PlainText

extension RateLimitInfo {
    /// Reads Zoom's rate-limit headers and message from a 429 answer. `Retry-After` may be a number
    /// of seconds, an HTTP date or an ISO 8601 date; a date is turned into seconds from `now`.
    public init(response: HTTPResponse, now: Date) {
        self.init(
            category: response.header("X-RateLimit-Category"),
            type: response.header("X-RateLimit-Type"),
            limit: response.header("X-RateLimit-Limit").flatMap { Int($0) },
            remaining: response.header("X-RateLimit-Remaining").flatMap { Int($0) },
            retryAfter: response.header("Retry-After").flatMap { Self.parseRetryAfter($0, now: now) },
            message: ZoomErrorBody.message(in: response)
        )
    }

    /// Parses a `Retry-After` value into seconds to wait, within 0 ... `longestRetryAfter`.
    public static func parseRetryAfter(_ value: String, now: Date) -> TimeInterval? {
        let text = value.trimmingSpaces()
        if !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E }), let seconds = Double(text)
        {
            return clamped(seconds)
        }
        return (HTTPDate.parse(text) ?? ZoomDate.parse(text, assumingUTC: true)).map {
            clamped($0.timeIntervalSince(now))
        }
    }
}
