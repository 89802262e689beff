import FoundationEssentials

/// A failure of a Zoom API call, keeping what Zoom said.
public enum ZoomAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Zoom answered with an error status and (usually) a `{code, message}` body.
    case zoom(status: Int, code: Int?, message: String)
    /// The token lacks scopes: Zoom code 4711 (older 4700, 104). `missing` lists them when Zoom named them.
    case missingScopes(status: Int, code: Int, missing: [String], message: String)
    /// 401: the token is invalid or expired, and a renewal did not help.
    case unauthorized(code: Int?, message: String)
    /// 429 that is not worth waiting out: the daily limit, or a wait longer than allowed.
    case rateLimited(RateLimitInfo)
    /// No answer, or the request never left.
    case transport(TransportError)
    /// A 2xx answer whose body is not what the endpoint returns.
    case malformedResponse(String)
    /// No credentials could be had.
    case credentials(String)

    /// Zoom's error code, when it gave one.
    public var zoomCode: Int? {
        switch self {
        case .zoom(_, let code, _): return code
        case .missingScopes(_, let code, _, _): return code
        case .unauthorized(let code, _): return code
        case .rateLimited: return 429
        default: return nil
        }
    }

    /// A sentence for the operator; Zoom's own words in it are escaped (`TerminalText.escaped`).
    public var description: String {
        switch self {
        case .zoom(let status, let code, let message):
            return "Zoom answered \(status)\(code.map { " (code \($0))" } ?? ""): \(TerminalText.escaped(message))"
        case .missingScopes(_, let code, let missing, let message):
            let list = missing.isEmpty ? "" : ": missing \(TerminalText.escaped(missing.joined(separator: ", ")))"
            return "the token lacks scopes (Zoom code \(code))\(list). \(TerminalText.escaped(message))"
        case .unauthorized(let code, let message):
            return
                "Zoom rejected the credentials\(code.map { " (code \($0))" } ?? ""): \(TerminalText.escaped(message))"
        case .rateLimited(let info):
            return info.isDailyLimit ? info.description : "Zoom's rate limit was reached: \(info)"
        case .transport(let error):
            return error.description
        case .malformedResponse(let detail):
            return "Zoom's answer could not be read: \(TerminalText.escaped(detail))"
        case .credentials(let message):
            return message
        }
    }
}

/// What Zoom's rate-limit headers said about a 429.
public struct RateLimitInfo: Sendable, Equatable, CustomStringConvertible {
    /// `X-RateLimit-Category`, for example "Medium".
    public var category: String?
    /// `X-RateLimit-Type`: "QPS" or "Daily-limit".
    public var type: String?
    public var limit: Int?
    public var remaining: Int?
    /// How long Zoom asked to wait, from `Retry-After` (seconds or a date), within 0 ... `longestRetryAfter`.
    public var retryAfter: TimeInterval?
    /// The `message` of Zoom's answer: the only sign of a daily limit when `X-RateLimit-Type` is missing.
    public var message: String?

    /// The longest wait kept from `Retry-After`: a year. Longer (or absurd) values are read as this,
    /// which is still far beyond any wait the client accepts, and never overflow a conversion.
    public static let longestRetryAfter: TimeInterval = 365 * 86_400

    public init(
        category: String? = nil, type: String? = nil, limit: Int? = nil, remaining: Int? = nil,
        retryAfter: TimeInterval? = nil,
        message: String? = nil
    ) {
        self.category = category
        self.type = type
        self.limit = limit
        self.remaining = remaining
        self.retryAfter = retryAfter.map(Self.clamped)
        self.message = message
    }

    /// A wait within 0 ... `longestRetryAfter` (NaN is 0).
    static func clamped(_ seconds: TimeInterval) -> TimeInterval {
        seconds.isNaN ? 0 : min(max(seconds, 0), longestRetryAfter)
    }

    /// Whether this is the daily limit, which is reported rather than waited out: by
    /// `X-RateLimit-Type`, or by Zoom's message when that header is missing.
    public var isDailyLimit: Bool {
        if let type { return type.lowercased().contains("daily") }
        return message?.lowercased().contains("daily") == true
    }

    /// The headers in words; the labels Zoom sent are escaped (`TerminalText.escaped`).
    public var description: String {
        if isDailyLimit {
            let label = category.map { " for the \($0) label" } ?? ""
            return "Zoom's daily request limit\(label) is used up for this account until tomorrow (UTC); "
                + "every app of the account shares it, so waiting minutes will not help"
        }
        var parts: [String] = []
        if let type { parts.append(TerminalText.escaped(type)) }
        if let category { parts.append("\(TerminalText.escaped(category)) label") }
        if let limit { parts.append("limit \(limit)") }
        if let retryAfter { parts.append("retry after \(Int(retryAfter.rounded(.up))) s") }
        return parts.isEmpty ? "429 Too Many Requests" : parts.joined(separator: ", ")
    }
}

extension ZoomAPIError {
    /// Whether Zoom answered and refused (a 4xx other than 401 and 429): repeating will not help.
    public var isRefusal: Bool {
        switch self {
        case .missingScopes: return true
        case .zoom(let status, _, _): return status < 500
        default: return false
        }
    }
}
