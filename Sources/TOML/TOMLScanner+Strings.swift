/// The four kinds of TOML string: basic (`"…"`, with escapes), literal (`'…'`), and their
/// multi-line forms (`"""…"""`, `'''…'''`).
extension TOMLScanner {
    /// Reads a string starting at its opening quote.
    /// - Parameter multiLineAllowed: false for keys, which must be single-line strings.
    mutating func scanString(multiLineAllowed: Bool) throws(TOMLParseError) -> String {
        let delimiter: UInt8 = peek() == .apostrophe ? .apostrophe : .quote
        let multiLine = delimiter == .quote ? lookingAt("\"\"\"") : lookingAt("'''")
        if multiLine {
            guard multiLineAllowed else { throw error("a multi-line string cannot be a key") }
            return try scanMultiLineString(delimiter)
        }
        let start = position
        advance()
        var content: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw error("the string has no closing \(Self.quoteName(delimiter))", at: start)
            }
            switch byte {
            case delimiter:
                advance()
                return String(decoding: content, as: UTF8.self)
            case .lineFeed, .carriageReturn:
                throw error(
                    "the string has no closing \(Self.quoteName(delimiter)) on its line (multi-line strings use three quotes)",
                    at: start)
            case .backslash where delimiter == .quote:
                try scanEscape(into: &content)
            default:
                guard !byte.isControl else {
                    throw error("\(describeNext()) is not allowed in a string; write it as an escape")
                }
                content.append(byte)
                advance()
            }
        }
    }

    private mutating func scanMultiLineString(_ delimiter: UInt8) throws(TOMLParseError) -> String {
        let start = position
        advance(by: 3)
        // A line end right after the opening quotes is not part of the string.
        if peek() == .lineFeed {
            advance()
        } else if peek() == .carriageReturn && peek(1) == .lineFeed {
            advance(by: 2)
        }
        var content: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw error("the multi-line string has no closing \(Self.quoteName(delimiter, count: 3))", at: start)
            }
            switch byte {
            case delimiter:
                let run = position
                var count = 0
                while peek() == delimiter {
                    count += 1
                    advance()
                }
                if count < 3 {
                    content.append(contentsOf: repeatElement(delimiter, count: count))
                } else if count <= 5 {
                    // Up to two quotes may sit right before the closing three.
                    content.append(contentsOf: repeatElement(delimiter, count: count - 3))
                    return String(decoding: content, as: UTF8.self)
                } else {
                    throw error(
                        "too many quotes (\(count)) at the end of the multi-line string; at most five in a row", at: run
                    )
                }
            case .lineFeed:
                content.append(.lineFeed)
                advance()
            case .carriageReturn where peek(1) == .lineFeed:
                content.append(.lineFeed)
                advance(by: 2)
            case .backslash where delimiter == .quote:
                if let next = peek(1), next == .space || next == .tab || next == .lineFeed || next == .carriageReturn {
                    try skipLineEndingBackslash()
                } else {
                    try scanEscape(into: &content)
                }
            default:
                guard !byte.isControl else {
                    throw error("\(describeNext()) is not allowed in a string; write it as an escape")
                }
                content.append(byte)
                advance()
            }
        }
    }

    /// A `\` at the end of a line (spaces may follow it) joins the lines, dropping the line end
    /// and the whitespace and blank lines after it.
    private mutating func skipLineEndingBackslash() throws(TOMLParseError) {
        let start = position
        advance()
        skipWhitespace()
        guard !isAtEnd, atLineEnd else {
            throw error("a backslash followed by spaces must end the line (or write \\\\ for a backslash)", at: start)
        }
        while let byte = peek(),
            byte == .space || byte == .tab || byte == .lineFeed || (byte == .carriageReturn && peek(1) == .lineFeed)
        {
            advance()
        }
    }

    /// Reads one escape sequence starting at its backslash, appending the character's UTF-8.
    private mutating func scanEscape(into content: inout [UInt8]) throws(TOMLParseError) {
        let start = position
        advance()
        guard let letter = peek() else {
            throw error("the escape sequence is cut off by the end of the file", at: start)
        }
        advance()
        switch letter {
        case 0x62: content.append(0x08) // \b
        case 0x74: content.append(.tab) // \t
        case 0x6E: content.append(.lineFeed) // \n
        case 0x66: content.append(0x0C) // \f
        case 0x72: content.append(.carriageReturn) // \r
        case .quote: content.append(.quote)
        case .backslash: content.append(.backslash)
        case 0x75, 0x55: // \uXXXX, \UXXXXXXXX
            let digits = letter == 0x75 ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<digits {
                guard let byte = peek(), byte.isHexDigit else {
                    throw error(
                        "\\\(Character(Unicode.Scalar(letter))) must be followed by exactly \(digits) hexadecimal digits",
                        at: start)
                }
                value = value << 4 | UInt32(Self.hexValue(byte))
                advance()
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw error(
                    "\(Self.codePoint(value)) is not a Unicode scalar value (surrogates and values above U+10FFFF are not)",
                    at: start)
            }
            content.append(contentsOf: String(scalar).utf8)
        default:
            throw error(
                "unknown escape sequence \(Self.printable(letter)); valid ones are \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX",
                at: start)
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8 {
        byte.isDigit ? byte - 0x30 : (byte | 0x20) - 0x61 + 10
    }

    private static func printable(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F
            ? "\\" + String(Character(Unicode.Scalar(byte)))
            : "(a backslash before \(byte < 0x80 ? codePoint(UInt32(byte)) : "a non-ASCII character"))"
    }

    private static func quoteName(_ delimiter: UInt8, count: Int = 1) -> String {
        String(repeating: delimiter == .quote ? "\"" : "'", count: count)
    }
}
