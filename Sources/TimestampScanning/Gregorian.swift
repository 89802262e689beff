/// The proleptic Gregorian calendar's month lengths, which RFC 3339 dates are checked against.
public enum Gregorian {
    /// The number of days in `month` (1-12) of `year`: 28 or 29 for February (a leap year is
    /// divisible by 4, except centuries not divisible by 400), 30 or 31 otherwise.
    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
