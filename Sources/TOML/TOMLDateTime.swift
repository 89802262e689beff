/// A TOML date-time value, kept as written plus its components; no calendar conversion is done.
///
/// The four TOML kinds are told apart by which parts are present: an offset date-time has a date,
/// a time and an offset; a local date-time a date and a time; a local date only a date; a local time
/// only a time. Equality compares the components, not the text (`T` and a space are the same).
public struct TOMLDateTime: Sendable, Hashable, CustomStringConvertible {
    /// A calendar date as written (year 0-9999, month 1-12, a day that exists in that month).
    public struct Date: Sendable, Hashable {
        /// The year.
        public var year: Int
        /// The month, 1-12.
        public var month: Int
        /// The day of the month, 1-31.
        public var day: Int

        /// A date.
        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }
    }

    /// A time of day as written.
    public struct Time: Sendable, Hashable {
        /// The hour, 0-23.
        public var hour: Int
        /// The minute, 0-59.
        public var minute: Int
        /// The second, 0-59.
        public var second: Int
        /// The fraction of the second in nanoseconds; digits beyond the ninth are truncated.
        public var nanosecond: Int

        /// A time.
        public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.nanosecond = nanosecond
        }
    }

    /// The four kinds of TOML date-time.
    public enum Kind: Sendable, Hashable {
        /// `1979-05-27T07:32:00Z`, `1979-05-27T00:32:00-07:00`.
        case offsetDateTime
        /// `1979-05-27T07:32:00`.
        case localDateTime
        /// `1979-05-27`.
        case localDate
        /// `07:32:00`.
        case localTime
    }

    /// The text exactly as it appeared in the document (or as built by `init`).
    public let text: String
    /// The date, absent for a local time.
    public let date: Date?
    /// The time, absent for a local date.
    public let time: Time?
    /// The offset from UTC in minutes (`Z` is 0), present only for an offset date-time.
    public let offsetMinutes: Int?

    /// A date-time from its text and components; the caller keeps them consistent (the parser does).
    public init(text: String, date: Date?, time: Time?, offsetMinutes: Int?) {
        self.text = text
        self.date = date
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    /// Which of the four kinds this is.
    public var kind: Kind {
        switch (date, time, offsetMinutes) {
        case (_?, _?, _?): return .offsetDateTime
        case (_?, _?, nil): return .localDateTime
        case (_?, nil, _): return .localDate
        default: return .localTime
        }
    }

    public var description: String { text }

    public static func == (lhs: TOMLDateTime, rhs: TOMLDateTime) -> Bool {
        lhs.date == rhs.date && lhs.time == rhs.time && lhs.offsetMinutes == rhs.offsetMinutes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(time)
        hasher.combine(offsetMinutes)
    }
}
