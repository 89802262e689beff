import FoundationEssentials
import TimestampScanning

/// Zoom's timestamps: RFC 3339 date-times such as `2024-05-01T10:00:00Z`, with or without fractional
/// seconds, in UTC or with an offset.
///
/// Parsed and formatted by our own code rather than Foundation's formatters, which cost about a
/// millisecond per formatter, depend on the locale and crashed on some non-ASCII text.
public enum ZoomDate {
    /// Parses `2024-05-01T10:00:00Z`, `2024-05-01T10:00:00.250Z` or `2024-05-01T19:00:00+09:00`
    /// (also `+0900`, a lowercase `t` or `z`, or a space for the `T`). Anything else, or a field out
    /// of range, gives nil.
    public static func parse(_ text: String) -> Date? {
        parse(text, assumingUTC: false)
    }

    /// Parses as `parse(_:)`; with `assumingUTC`, a date-time without offset is read as UTC.
    ///
    /// The shared RFC 3339 scanner reads the fields; Zoom's own rules are that date and time are
    /// both required, the offset too (unless `assumingUTC`), its colon may be left out, and the
    /// year is 0001 or later (a `Date` has no year 0).
    static func parse(_ text: String, assumingUTC: Bool) -> Date? {
        var scanner = TimestampScanner(text)
        guard let day = try? scanner.fullDate(), scanner.skipDateTimeSeparator(),
            let clock = try? scanner.partialTime(),
            let offsetMinutes = scanner.isAtEnd && assumingUTC ? 0 : (try? scanner.timeOffset(colon: .optional)),
            scanner.isAtEnd,
            let time = CivilTime(
                year: day.year, month: day.month, day: day.day,
                hour: clock.hour, minute: clock.minute, second: clock.second,
                fraction: Double(clock.nanosecond) / 1_000_000_000)
        else { return nil }
        return time.date(offsetSeconds: offsetMinutes * 60)
    }

    /// Formats a date as Zoom writes it: `2024-05-01T10:00:00Z` (whole seconds, UTC).
    public static func format(_ date: Date) -> String {
        let time = CivilTime(date)
        return "\(day(time))T\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))Z"
    }

    /// The UTC time of day of a date as `20:31` (hours and minutes).
    public static func timeOfDay(_ date: Date) -> String {
        let time = CivilTime(date)
        return "\(pad(time.hour, 2)):\(pad(time.minute, 2))"
    }

    /// The UTC day of a date as `2024-05-01`, the form of the Dashboard's `from` and `to`.
    public static func day(_ date: Date) -> String {
        day(CivilTime(date))
    }

    private static func day(_ time: CivilTime) -> String {
        "\(pad(time.year, 4))-\(pad(time.month, 2))-\(pad(time.day, 2))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
