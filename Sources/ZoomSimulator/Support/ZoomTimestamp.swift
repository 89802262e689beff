import FoundationEssentials

/// Formats dates and durations the way Zoom writes them in JSON.
enum ZoomTimestamp {
    /// `2026-11-29T16:48:19Z`.
    static func string(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Parses the Dashboard's `from`/`to`: a day `yyyy-MM-dd` or a moment `yyyy-MM-dd HH:mm:ss` (UTC).
    static func parseDashboardDate(_ text: String) -> Date? {
        let day = Date.ISO8601FormatStyle().year().month().day().dateSeparator(.dash)
        let moment = day.dateTimeSeparator(.space).time(includingFractionalSeconds: false).timeSeparator(.colon)
        return (try? day.parse(text)) ?? (try? moment.parse(text))
    }

    /// A duration as `HH:MM:SS`, as the Dashboard reports it.
    static func duration(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds))
        let hours = total / 3600
        let minutes = total / 60 % 60
        let rest = total % 60
        return [hours, minutes, rest].map { $0 < 10 ? "0\($0)" : String($0) }.joined(separator: ":")
    }
}
