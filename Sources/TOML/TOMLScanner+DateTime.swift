import TimestampScanning

/// Offset date-times, local date-times, local dates and local times (RFC 3339, as TOML 1.0 allows
/// them), read by the shared RFC 3339 scanner, which checks them field by field: the month's days
/// (with leap years), hours, minutes, seconds, offsets.
///
/// TOML's own rules: a date or a time may stand alone, a date-time may go without an offset (a
/// local date-time), only a date-time carries one, and an offset's colon is required.
extension TOMLScanner {
    /// Parses a date-time token that starts like a date (`dddd-`) or a time (`dd:`).
    func dateTime(_ token: [UInt8], at start: Int) throws(TOMLParseError) -> TOMLDateTime {
        let text = String(decoding: token, as: UTF8.self)
        var scanner = TimestampScanner(bytes: token)
        let fields: (date: TOMLDateTime.Date?, time: TOMLDateTime.Time?, offset: Int?)
        do {
            fields = try Self.dateTimeFields(&scanner, startingWithDate: Self.startsLikeDate(token[...]))
        } catch {
            throw self.error("'\(text)' is not a valid date or time: \(error)", at: start)
        }
        guard scanner.isAtEnd else {
            let kind = fields.date == nil ? "time" : "date-time"
            throw self.error("'\(text)' is not a valid date or time: unexpected text after the \(kind)", at: start)
        }
        return TOMLDateTime(text: text, date: fields.date, time: fields.time, offsetMinutes: fields.offset)
    }

    private static func dateTimeFields(_ scanner: inout TimestampScanner, startingWithDate: Bool)
        throws(RFC3339Error) -> (date: TOMLDateTime.Date?, time: TOMLDateTime.Time?, offset: Int?)
    {
        var date: TOMLDateTime.Date?
        if startingWithDate {
            let day = try scanner.fullDate()
            date = TOMLDateTime.Date(year: day.year, month: day.month, day: day.day)
            if scanner.isAtEnd { return (date, nil, nil) }
            guard scanner.skipDateTimeSeparator() else { throw .malformed }
        }
        let clock = try scanner.partialTime()
        let time = TOMLDateTime.Time(
            hour: clock.hour, minute: clock.minute, second: clock.second,
            nanosecond: clock.nanosecond)
        let offset = date == nil ? nil : try scanner.timeOffset(colon: .required)
        return (date, time, offset)
    }
}
