/// What is wrong with an RFC 3339 piece, in words the TOML parser shows with a line and column.
public enum RFC3339Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not shaped as `YYYY-MM-DD` or `HH:MM`.
    case malformed
    /// A month outside 1-12.
    case noSuchMonth(Int)
    /// A day its month does not have (31 April, 29 February 2023).
    case noSuchDay(Int)
    /// `HH:MM` without `:SS`.
    case missingSeconds
    /// An hour past 23, or a minute or second past 59.
    case timeOutOfRange
    /// A decimal point with no digit after it.
    case missingFractionDigits
    /// A `+` or `-` not followed by an offset in range.
    case malformedOffset

    public var description: String {
        switch self {
        case .malformed: return "expected YYYY-MM-DD, HH:MM:SS, or both joined by 'T'"
        case .noSuchMonth(let month): return "month \(month) does not exist"
        case .noSuchDay(let day): return "day \(day) does not exist in that month"
        case .missingSeconds: return "seconds are required (HH:MM:SS)"
        case .timeOutOfRange: return "hours go up to 23, minutes and seconds up to 59"
        case .missingFractionDigits: return "expected digits after the decimal point of the seconds"
        case .malformedOffset: return "expected an offset Z or ±HH:MM"
        }
    }
}
