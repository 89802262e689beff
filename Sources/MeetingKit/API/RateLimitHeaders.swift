import Foundation

extension RateLimitInfo {
    /// Reads Zoom's rate-limit headers from a 429 answer. `Retry-After` may be a number of
    /// seconds, an HTTP date or an ISO 8601 date; a date is turned into seconds from `now`.
    public init(response: HTTPResponse, now: Date) {
        self.init(
            category: response.header("X-RateLimit-Category"),
            type: response.header("X-RateLimit-Type"),
            limit: response.header("X-RateLimit-Limit").flatMap { Int($0) },
            remaining: response.header("X-RateLimit-Remaining").flatMap { Int($0) },
            retryAfter: response.header("Retry-After").flatMap { Self.parseRetryAfter($0, now: now) }
        )
    }

    /// Parses a `Retry-After` value into seconds to wait (never negative).
    public static func parseRetryAfter(_ value: String, now: Date) -> TimeInterval? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text) { return max(0, seconds) }
        // Dates are ASCII. Foundation's date parsing crashes on some non-ASCII text (a combining
        // mark after a letter: found by fuzzing), so nothing else reaches it.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let http = DateFormatter()
        http.locale = Locale(identifier: "en_US_POSIX")
        http.timeZone = TimeZone(identifier: "GMT")
        http.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        if let date = http.date(from: text) ?? ZoomDate.parse(text) {
            return max(0, date.timeIntervalSince(now))
        }
        let isoLocal = DateFormatter()
        isoLocal.locale = Locale(identifier: "en_US_POSIX")
        isoLocal.timeZone = TimeZone(identifier: "UTC")
        isoLocal.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return isoLocal.date(from: text).map { max(0, $0.timeIntervalSince(now)) }
    }
}
