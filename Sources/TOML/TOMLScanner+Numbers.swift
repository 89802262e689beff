/// Integers (decimal, `0x`, `0o`, `0b`, with `_` between digits) and floats (fraction, exponent,
/// `inf`, `nan`), and the choice between a number and a date-time, which start alike.
extension TOMLScanner {
    /// Reads a number or a date-time starting at its first character.
    mutating func scanNumberOrDateTime() throws(TOMLParseError) -> TOMLValue {
        let start = position
        var end = tokenEnd(from: start)
        // A date and a time may be separated by one space instead of `T`.
        if end - start == 10, Self.startsLikeDate(bytes[start..<end]), end + 1 < bytes.count,
            bytes[end] == .space, bytes[end + 1].isDigit
        {
            end = tokenEnd(from: end + 1)
        }
        let token = Array(bytes[start..<end])
        advance(by: end - start)
        if Self.startsLikeDate(token[...]) || Self.startsLikeTime(token) {
            return .dateTime(try dateTime(token, at: start))
        }
        return try number(token, at: start)
    }

    private func tokenEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, Self.isTokenByte(bytes[end]) { end += 1 }
        return end
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        byte.isBareKeyCharacter || byte == .plus || byte == .dot || byte == .colon
    }

    /// `dddd-`
    static func startsLikeDate(_ token: ArraySlice<UInt8>) -> Bool {
        let start = token.startIndex
        return token.count >= 5 && token[start..<start + 4].allSatisfy(\.isDigit) && token[start + 4] == .minus
    }

    /// `dd:`
    private static func startsLikeTime(_ token: [UInt8]) -> Bool {
        token.count >= 3 && token[0].isDigit && token[1].isDigit && token[2] == .colon
    }

    private func number(_ token: [UInt8], at start: Int) throws(TOMLParseError) -> TOMLValue {
        let text = String(decoding: token, as: UTF8.self)
        func invalid(_ reason: String) -> TOMLParseError {
            error("'\(text)' is not a valid number: \(reason)", at: start)
        }
        var index = 0
        var negative = false
        if let first = token.first, first == .plus || first == .minus {
            negative = first == .minus
            index = 1
        }
        let unsigned = token[index...]
        if unsigned.elementsEqual("inf".utf8) { return .float(negative ? -.infinity : .infinity) }
        if unsigned.elementsEqual("nan".utf8) { return .float(negative ? -.nan : .nan) }
        if index == 0, token.count >= 2, token[0] == 0x30, let radix = Self.radix(prefix: token[1]) {
            index = 2
            guard Self.skipDigits(token, &index, radix: radix), index == token.count else {
                throw invalid(
                    "expected \(Self.radixName(radix)) digits after '0\(Character(Unicode.Scalar(token[1])))', with '_' only between digits"
                )
            }
            return .integer(try integer(token[2...], radix: radix, negative: false, text: text, at: start))
        }
        let integerStart = index
        guard Self.skipDigits(token, &index, radix: 10) else {
            throw invalid("expected digits, with '_' only between digits")
        }
        if token[integerStart] == 0x30, index - integerStart > 1 {
            throw invalid("leading zeros are not allowed")
        }
        if index == token.count {
            return .integer(try integer(token[integerStart...], radix: 10, negative: negative, text: text, at: start))
        }
        if token[index] == .dot {
            index += 1
            guard Self.skipDigits(token, &index, radix: 10) else {
                throw invalid("expected digits after the decimal point")
            }
        }
        if index < token.count, token[index] | 0x20 == 0x65 { // e or E
            index += 1
            if index < token.count, token[index] == .plus || token[index] == .minus { index += 1 }
            guard Self.skipDigits(token, &index, radix: 10) else { throw invalid("expected digits in the exponent") }
        }
        guard index == token.count else {
            throw invalid("unexpected '\(String(decoding: token[index...], as: UTF8.self))'")
        }
        guard let value = Double(String(decoding: token.filter { $0 != .underscore }, as: UTF8.self)) else {
            throw invalid("not a float")
        }
        return .float(value)
    }

    /// The value of validated digits (underscores ignored), or an error when it does not fit in 64 bits.
    private func integer(_ digits: ArraySlice<UInt8>, radix: Int64, negative: Bool, text: String, at start: Int)
        throws(TOMLParseError) -> Int64
    {
        var value: Int64 = 0
        for byte in digits where byte != .underscore {
            let digit = Int64(Self.hexValue(byte))
            let shifted = value.multipliedReportingOverflow(by: radix)
            let next =
                negative
                ? shifted.partialValue.subtractingReportingOverflow(digit)
                : shifted.partialValue.addingReportingOverflow(digit)
            guard !shifted.overflow, !next.overflow else {
                throw error("the integer '\(text)' does not fit in 64 bits (\(Int64.min) to \(Int64.max))", at: start)
            }
            value = next.partialValue
        }
        return value
    }

    /// Skips one or more digits of `radix` with single underscores between them; false when malformed.
    private static func skipDigits(_ token: [UInt8], _ index: inout Int, radix: Int64) -> Bool {
        var sawDigit = false
        while index < token.count {
            let byte = token[index]
            if isDigit(byte, radix: radix) {
                sawDigit = true
            } else if byte == .underscore {
                guard sawDigit, index + 1 < token.count, isDigit(token[index + 1], radix: radix) else { return false }
            } else {
                break
            }
            index += 1
        }
        return sawDigit
    }

    private static func isDigit(_ byte: UInt8, radix: Int64) -> Bool {
        switch radix {
        case 16: return byte.isHexDigit
        case 8: return byte >= 0x30 && byte <= 0x37
        case 2: return byte == 0x30 || byte == 0x31
        default: return byte.isDigit
        }
    }

    private static func radix(prefix: UInt8) -> Int64? {
        switch prefix {
        case 0x78: return 16 // x
        case 0x6F: return 8 // o
        case 0x62: return 2 // b
        default: return nil
        }
    }

    private static func radixName(_ radix: Int64) -> String {
        switch radix {
        case 16: return "hexadecimal"
        case 8: return "octal"
        default: return "binary"
        }
    }
}
