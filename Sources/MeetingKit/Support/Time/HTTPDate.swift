import FoundationEssentials
import TimestampScanning

/// The HTTP date of a `Retry-After` header (RFC 9110, section 5.6.7): the preferred
/// `Sun, 06 Nov 1994 08:49:37 GMT` and the two obsolete forms recipients must still accept,
/// `Sunday, 06-Nov-94 08:49:37 GMT` and `Sun Nov  6 08:49:37 1994`.
enum HTTPDate {
    private static let weekdays = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    ]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The moment the text names, or nil when it is none of the three forms or names no real day.
    static func parse(_ text: String) -> Date? {
        var scanner = TimestampScanner(text)
        guard scanner.oneOf(weekdays) != nil else { return nil }
        if scanner.skip(",") {
            guard scanner.skip(" "), let day = scanner.number(digits: 2) else { return nil }
            if scanner.skip(" ") {
                // IMF-fixdate: 06 Nov 1994 08:49:37 GMT
                guard let month = scanner.oneOf(months), scanner.skip(" "), let year = scanner.number(digits: 4),
                    scanner.skip(" ")
                else { return nil }
                return time(&scanner, year: year, month: month + 1, day: day, zone: true)
            }
            // RFC 850: 06-Nov-94 08:49:37 GMT (a two-digit year more than 50 years ahead is in the past century)
            guard scanner.skip("-"), let month = scanner.oneOf(months), scanner.skip("-"),
                let shortYear = scanner.number(digits: 2),
                scanner.skip(" ")
            else { return nil }
            let year = 2000 + shortYear > CivilTime(Date()).year + 50 ? 1900 + shortYear : 2000 + shortYear
            return time(&scanner, year: year, month: month + 1, day: day, zone: true)
        }
        // asctime: Nov  6 08:49:37 1994
        guard scanner.skip(" "), let month = scanner.oneOf(months), scanner.skip(" ") else { return nil }
        let day = scanner.skip(" ") ? scanner.number(digits: 1) : scanner.number(digits: 2)
        guard let day, scanner.skip(" ") else { return nil }
        return time(&scanner, year: nil, month: month + 1, day: day, zone: false)
    }

    /// Reads `HH:MM:SS`, then ` GMT` (`zone`) or ` YYYY` (asctime, `year` nil), to the end.
    private static func time(_ scanner: inout TimestampScanner, year: Int?, month: Int, day: Int, zone: Bool) -> Date? {
        guard let hour = scanner.number(digits: 2), scanner.skip(":"), let minute = scanner.number(digits: 2),
            scanner.skip(":"),
            let second = scanner.number(digits: 2), scanner.skip(" ")
        else { return nil }
        var fullYear = year
        if zone {
            guard scanner.oneOf(["GMT", "UTC"]) != nil else { return nil }
        } else {
            fullYear = scanner.number(digits: 4)
        }
        guard scanner.isAtEnd, let fullYear,
            let time = CivilTime(year: fullYear, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        return time.date()
    }
}
