import FoundationEssentials
import TimestampScanning

/// A calendar date and time of day in UTC (proleptic Gregorian), converted to and from `Date`
/// with integer arithmetic only, so that parsing timestamps never goes through Foundation's
/// locale-dependent date machinery.
struct CivilTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    /// The fraction of the second, 0 ..< 1.
    var fraction: Double = 0

    /// The fields, or nil when one is out of range (month 13, 31 April, 29 February 2023, hour 24...).
    /// A leap second (`:60`) is not accepted.
    init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, fraction: Double = 0) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Gregorian.days(inMonth: month, of: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second), (0..<1).contains(fraction)
        else { return nil }
        (self.year, self.month, self.day, self.hour, self.minute, self.second, self.fraction) = (
            year, month, day, hour, minute, second, fraction
        )
    }

    /// The UTC fields of a date, whole seconds (the fraction is dropped).
    init(_ date: Date) {
        let interval = date.timeIntervalSince1970
        let seconds =
            interval.isFinite ? Int(Swift.min(Swift.max(interval, -62_135_596_800), 253_402_300_799).rounded(.down)) : 0
        let (days, secondOfDay) = seconds.quotientAndRemainderFlooring(dividingBy: 86_400)
        (year, month, day) = Self.civil(fromDays: days)
        (hour, minute, second) = (secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
    }

    /// The moment these fields name when read at `offsetSeconds` east of UTC.
    func date(offsetSeconds: Int = 0) -> Date {
        let days = Self.days(fromYear: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    private static func days(fromYear year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear.quotientAndRemainderFlooring(dividingBy: 400).quotient
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civil(fromDays count: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = count + 719_468
        let era = shifted.quotientAndRemainderFlooring(dividingBy: 146_097).quotient
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Int {
    /// Division rounding towards negative infinity, with a remainder that is never negative.
    fileprivate func quotientAndRemainderFlooring(dividingBy divisor: Int) -> (quotient: Int, remainder: Int) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
