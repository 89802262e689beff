import FoundationEssentials

/// Per-account rate limiting in fixed windows per label, the daily cap of Heavy and
/// Resource-intensive requests, plus 429s forced by a test.
struct RateLimiter: Sendable {
    private struct Window {
        var start: Date
        var used: Int
    }

    /// 429s a test asked for: the next `remaining` API requests (of `method` only, when given) get them.
    struct Forced: Sendable {
        var remaining: Int
        var retryAfter: String?
        var type: String
        var method: String?
    }

    /// Heavy and Resource-intensive requests counted on one UTC day.
    private struct DailyCount {
        var day: Int
        var used: Int
        var refusals: Int
    }

    /// Zoom's message for a used-up daily cap: the only sign of it when `X-RateLimit-Type` is missing.
    static let dailyLimitMessage =
        "You have reached the maximum daily rate limit for this API. "
        + "Refer to the response header for details on when you can make another request."

    var plan: SimulatedPlan
    var enabled: Bool
    var forced: Forced?
    /// Heavy and Resource-intensive requests allowed per UTC day; `nil` for no cap.
    let dailyCap: Int?
    private var windows: [RateLimitLabel: Window] = [:]
    private var daily = DailyCount(day: 0, used: 0, refusals: 0)

    /// A limiter for `plan`. The daily cap is `dailyCap` when given, else the plan's when limits are `enabled`.
    init(plan: SimulatedPlan, enabled: Bool, dailyCap: Int? = nil) {
        self.plan = plan
        self.enabled = enabled
        self.dailyCap = dailyCap ?? (enabled ? RateLimitLabel.dailyCap(for: plan) : nil)
    }

    /// A forced 429 if one is pending (counting it down).
    mutating func takeForced(method: String) -> OutgoingResponse? {
        guard let current = forced, current.remaining > 0, current.method.map({ $0 == method }) != false else {
            return nil
        }
        forced?.remaining -= 1
        var headers = [("X-RateLimit-Type", current.type), ("X-RateLimit-Remaining", "0")]
        if let retryAfter = current.retryAfter { headers.append(("Retry-After", retryAfter)) }
        return Self.tooManyRequests(headers: headers, note: "forced rate limit (\(current.type))")
    }

    /// Counts one request against its label's window, then (Heavy and Resource-intensive) against
    /// the day; a 429 answer when either is used up.
    mutating func admit(_ label: RateLimitLabel, now: Date) -> OutgoingResponse? {
        if enabled, let refusal = countWindow(label, now: now) { return refusal }
        return label.hasDailyCap ? countDaily(now: now) : nil
    }

    private mutating func countWindow(_ label: RateLimitLabel, now: Date) -> OutgoingResponse? {
        let (limit, length) = label.limit(for: plan)
        var window = windows[label] ?? Window(start: now, used: 0)
        if now.timeIntervalSince(window.start) >= length { window = Window(start: now, used: 0) }
        guard window.used < limit else {
            let retryAfter = max(1, Int((window.start.addingTimeInterval(length).timeIntervalSince(now)).rounded(.up)))
            return Self.tooManyRequests(
                headers: [
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

    /// Counts a Heavy or Resource-intensive request against the day; a 429 once the cap is used up.
    /// Every other such answer, the first included, carries no rate-limit headers at all: only
    /// Zoom's message tells it apart from a per-second limit.
    private mutating func countDaily(now: Date) -> OutgoingResponse? {
        guard let dailyCap else { return nil }
        let day = Int(now.timeIntervalSince1970 / 86_400)
        if daily.day != day { daily = DailyCount(day: day, used: 0, refusals: 0) }
        guard daily.used >= dailyCap else {
            daily.used += 1
            return nil
        }
        daily.refusals += 1
        let reset = Date(timeIntervalSince1970: Double(day + 1) * 86_400)
        let headers =
            daily.refusals % 2 == 1
            ? []
            : [
                ("X-RateLimit-Type", "Daily-limit"), ("X-RateLimit-Limit", String(dailyCap)),
                ("X-RateLimit-Remaining", "0"),
                ("Retry-After", reset.formatted(.iso8601)),
            ]
        return Self.tooManyRequests(
            headers: headers, message: Self.dailyLimitMessage, note: "daily limit: \(dailyCap) a day")
    }

    private static func tooManyRequests(
        headers: [(String, String)],
        message: String = "You have reached the maximum per-second rate limit for this API. Try again later.",
        note: String
    ) -> OutgoingResponse {
        var response = APIError(status: 429, code: 429, message: message).response
        response.headers += headers
        response.note = note
        return response
    }
}
