import Foundation

/// Per-account rate limiting in fixed windows per label, plus 429s forced by a test.
struct RateLimiter: Sendable {
    private struct Window {
        var start: Date
        var used: Int
    }

    /// 429s a test asked for: the next `remaining` API requests get them.
    struct Forced: Sendable {
        var remaining: Int
        var retryAfter: String?
        var type: String
    }

    var plan: SimulatedPlan
    var enabled: Bool
    var forced: Forced?
    private var windows: [RateLimitLabel: Window] = [:]

    init(plan: SimulatedPlan, enabled: Bool) {
        self.plan = plan
        self.enabled = enabled
    }

    /// A forced 429 if one is pending (counting it down).
    mutating func takeForced() -> OutgoingResponse? {
        guard let current = forced, current.remaining > 0 else { return nil }
        forced?.remaining -= 1
        var headers = [("X-RateLimit-Type", current.type), ("X-RateLimit-Remaining", "0")]
        if let retryAfter = current.retryAfter { headers.append(("Retry-After", retryAfter)) }
        return Self.tooManyRequests(headers: headers, note: "forced rate limit (\(current.type))")
    }

    /// Counts one request against its label; a 429 answer if the window is used up.
    mutating func admit(_ label: RateLimitLabel, now: Date) -> OutgoingResponse? {
        guard enabled else { return nil }
        let (limit, length) = label.limit(for: plan)
        var window = windows[label] ?? Window(start: now, used: 0)
        if now.timeIntervalSince(window.start) >= length { window = Window(start: now, used: 0) }
        guard window.used < limit else {
            let retryAfter = max(1, Int((window.start.addingTimeInterval(length).timeIntervalSince(now)).rounded(.up)))
            return Self.tooManyRequests(headers: [
                ("X-RateLimit-Category", label.rawValue),
                ("X-RateLimit-Type", "QPS"),
                ("X-RateLimit-Limit", String(limit)),
                ("X-RateLimit-Remaining", "0"),
                ("Retry-After", String(retryAfter)),
            ], note: "rate limited: \(label.rawValue) \(limit) per \(Int(length)) s")
        }
        window.used += 1
        windows[label] = window
        return nil
    }

    private static func tooManyRequests(headers: [(String, String)], note: String) -> OutgoingResponse {
        var response = APIError(status: 429, code: 429, message: "You have reached the maximum per-second rate limit for this API. Try again later.").response
        response.headers += headers
        response.note = note
        return response
    }
}
