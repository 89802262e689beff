/// The pieces of an RFC 3339 timestamp (section 5.6), read by the same rules for every caller:
/// `full-date` (a day that exists in its month, leap years counted), the `T` between date and
/// time, `partial-time` (seconds required, no leap second, any number of fraction digits) and
/// `time-offset`. Which pieces a caller requires, and whether an offset's colon is optional, is
/// the caller's rule: TOML accepts a date or a time alone, Zoom's timestamps need both and an offset.
extension TimestampScanner {
    /// Whether an offset's `:` between hours and minutes must be written.
    public enum OffsetColon: Sendable {
        /// `+09:00` only, as RFC 3339 has it.
        case required
        /// `+09:00` or `+0900`.
        case optional
    }

    /// Reads `YYYY-MM-DD` (year 0000-9999).
    public mutating func fullDate() throws(RFC3339Error) -> (year: Int, month: Int, day: Int) {
        guard let year = number(digits: 4), skip("-"), let month = number(digits: 2), skip("-"),
            let day = number(digits: 2)
        else { throw .malformed }
        guard (1...12).contains(month) else { throw .noSuchMonth(month) }
        guard (1...Gregorian.days(inMonth: month, of: year)).contains(day) else { throw .noSuchDay(day) }
        return (year, month, day)
    }

    /// Reads the separator between date and time: `T`, `t` or a space (RFC 3339's note to section 5.6).
    public mutating func skipDateTimeSeparator() -> Bool {
        skip("T", ignoringCase: true) || skip(" ")
    }

    /// Reads `HH:MM:SS` with an optional fraction (`.250`) given in nanoseconds.
    public mutating func partialTime() throws(RFC3339Error) -> (hour: Int, minute: Int, second: Int, nanosecond: Int) {
        guard let hour = number(digits: 2), skip(":"), let minute = number(digits: 2) else { throw .malformed }
        guard skip(":"), let second = number(digits: 2) else { throw .missingSeconds }
        guard hour < 24, minute < 60, second < 60 else { throw .timeOutOfRange }
        var nanosecond = 0
        if skip(".") {
            guard let fraction = nanoseconds() else { throw .missingFractionDigits }
            nanosecond = fraction
        }
        return (hour, minute, second, nanosecond)
    }

    /// Reads `Z`, `z` or `±HH:MM` as minutes east of UTC; nil (reading nothing) when neither comes next.
    public mutating func timeOffset(colon: OffsetColon) throws(RFC3339Error) -> Int? {
        if skip("Z", ignoringCase: true) { return 0 }
        let sign: Int
        if skip("+") {
            sign = 1
        } else if skip("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(digits: 2), skip(":") || colon == .optional, let minutes = number(digits: 2),
            hours < 24, minutes < 60
        else { throw .malformedOffset }
        return sign * (hours * 60 + minutes)
    }
}
