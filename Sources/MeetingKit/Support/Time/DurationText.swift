import FoundationEssentials
import PlainText

/// Durations as operators type and read them: `90s`, `30m`, `2h` (a bare number is seconds), and
/// "90 s", "30 min", "2 h" in messages.
public enum DurationText {
    /// The longest duration accepted: a week, far beyond any meeting worth waiting for.
    public static let longest: TimeInterval = 7 * 86_400

    /// The seconds that `text` names: a whole number followed by `s`, `m` or `h` (or nothing, for
    /// seconds), more than zero and at most a week. Throws `InputError` otherwise.
    public static func seconds(parsing text: String) throws -> TimeInterval {
        let trimmed = text.trimmingSpaces().lowercased()
        let unit = trimmed.last.flatMap { $0.isLetter ? $0 : nil }
        let digits = unit == nil ? trimmed : String(trimmed.dropLast())
        let scale: TimeInterval? =
            switch unit {
            case nil, "s": 1
            case "m": 60
            case "h": 3600
            default: nil
            }
        guard let scale, !digits.isEmpty, digits.allSatisfy(\.isASCII), let count = Int(digits), count > 0,
            TimeInterval(count) * scale <= longest
        else {
            throw InputError.other(
                "invalid duration \"\(TerminalText.escaped(String(text.prefix(40))))\": "
                    + "give a whole number of seconds, minutes or hours, such as 90s, 30m or 2h (at most a week)")
        }
        return TimeInterval(count) * scale
    }

    /// A duration in the largest unit that keeps it short: "45 s", "30 min", "2 h", "1 h 30 min".
    public static func spoken(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds.rounded()))
        if whole < 120 { return "\(whole) s" }
        let minutes = (whole + 30) / 60
        if minutes < 60 { return "\(minutes) min" }
        let (hours, rest) = minutes.quotientAndRemainder(dividingBy: 60)
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }
}
