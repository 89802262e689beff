/// Offset date-times, local date-times, local dates and local times (RFC 3339, as TOML 1.0 allows
/// them), checked field by field: the month's days (with leap years), hours, minutes, seconds, offsets.
extension TOMLScanner {
    /// Parses a date-time token that starts like a date (`dddd-`) or a time (`dd:`).
    func dateTime(_ token: [UInt8], at start: Int) throws(TOMLParseError) -> TOMLDateTime {
        let text = String(decoding: token, as: UTF8.self)
        var fields = DateTimeFields(token: token)
        guard let result = fields.parse() else {
            throw error("'\(text)' is not a valid date or time: \(fields.problem)", at: start)
        }
        return TOMLDateTime(text: text, date: result.date, time: result.time, offsetMinutes: result.offset)
    }
}

/// Reads the fields of a date-time token in order, remembering what was wrong.
private struct DateTimeFields {
    let token: [UInt8]
    var index = 0
    var problem = "expected YYYY-MM-DD, HH:MM:SS, or both joined by 'T'"

    init(token: [UInt8]) { self.token = token }

    mutating func parse() -> (date: TOMLDateTime.Date?, time: TOMLDateTime.Time?, offset: Int?)? {
        var date: TOMLDateTime.Date?
        if TOMLScanner.startsLikeDate(token[...]) {
            guard let year = number(4), skip(.minus), let month = number(2), skip(.minus), let day = number(2) else { return nil }
            guard (1...12).contains(month) else { return fail("month \(month) does not exist") }
            guard (1...Self.days(inMonth: month, year: year)).contains(day) else { return fail("day \(day) does not exist in that month") }
            date = TOMLDateTime.Date(year: year, month: month, day: day)
            if index == token.count { return (date, nil, nil) }
            guard let separator = token.dropFirst(index).first, separator == 0x54 || separator == 0x74 || separator == .space else { return nil }
            index += 1
        }
        guard let hour = number(2), skip(.colon), let minute = number(2) else { return nil }
        guard skip(.colon), let second = number(2) else { return fail("seconds are required (HH:MM:SS)") }
        guard hour < 24, minute < 60, second < 60 else { return fail("hours go up to 23, minutes and seconds up to 59") }
        var nanosecond = 0
        if skip(.dot) {
            var digits = 0
            while index < token.count, token[index].isDigit {
                if digits < 9 { nanosecond = nanosecond * 10 + Int(token[index] - 0x30) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return fail("expected digits after the decimal point of the seconds") }
            for _ in min(digits, 9)..<9 { nanosecond *= 10 }
        }
        let time = TOMLDateTime.Time(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
        var offset: Int?
        if date != nil, index < token.count {
            if token[index] | 0x20 == 0x7A { // Z or z
                index += 1
                offset = 0
            } else if token[index] == .plus || token[index] == .minus {
                let sign = token[index] == .minus ? -1 : 1
                index += 1
                guard let hours = number(2), skip(.colon), let minutes = number(2), hours < 24, minutes < 60 else {
                    return fail("expected an offset Z or ±HH:MM")
                }
                offset = sign * (hours * 60 + minutes)
            }
        }
        guard index == token.count else { return fail("unexpected text after the \(date == nil ? "time" : "date-time")") }
        return (date, time, offset)
    }

    private mutating func fail(_ reason: String) -> (date: TOMLDateTime.Date?, time: TOMLDateTime.Time?, offset: Int?)? {
        problem = reason
        return nil
    }

    /// Exactly `count` digits.
    private mutating func number(_ count: Int) -> Int? {
        guard count <= token.count - index else { return nil }
        var value = 0
        for byte in token[index..<index + count] {
            guard byte.isDigit else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    private mutating func skip(_ byte: UInt8) -> Bool {
        guard index < token.count, token[index] == byte else { return false }
        index += 1
        return true
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
