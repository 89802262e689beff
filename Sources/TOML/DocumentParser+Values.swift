/// Values: strings, numbers, booleans, date-times, arrays and inline tables.
extension DocumentParser {
    /// A value at `depth` (the number of tables and arrays enclosing it).
    mutating func parseValue(depth: Int) throws(TOMLParseError) -> TOMLValue {
        guard let byte = scanner.peek() else { throw valueMissing() }
        switch byte {
        case .quote, .apostrophe:
            return .string(try scanner.scanString(multiLineAllowed: true))
        case 0x74 where scanner.lookingAt("true"):
            scanner.advance(by: 4)
            return .boolean(true)
        case 0x66 where scanner.lookingAt("false"):
            scanner.advance(by: 5)
            return .boolean(false)
        case .openBracket:
            return try parseArray(depth: depth)
        case .openBrace:
            return try parseInlineTable(depth: depth)
        case 0x69 where scanner.lookingAt("inf"), 0x6E where scanner.lookingAt("nan"), .plus, .minus:
            return try scanner.scanNumberOrDateTime()
        case _ where byte.isDigit:
            return try scanner.scanNumberOrDateTime()
        default:
            throw valueMissing()
        }
    }

    private func valueMissing() -> TOMLParseError {
        let hint = scanner.peek()?.isBareKeyCharacter == true ? " (text values need quotes)" : ""
        return scanner.error("a value is missing: found \(scanner.describeNext()) where a value should start\(hint)")
    }

    /// `[ value, value, ]`: any types, newlines and comments between elements, an optional trailing comma.
    private mutating func parseArray(depth: Int) throws(TOMLParseError) -> TOMLValue {
        let start = scanner.position
        let line = scanner.line
        try checkDepth(depth, at: start)
        scanner.advance()
        var elements: [TOMLValue] = []
        while true {
            try scanner.skipWhitespaceCommentsAndNewlines()
            if scanner.peek() == .closeBracket {
                scanner.advance()
                return .array(elements)
            }
            elements.append(try parseValue(depth: depth + 1))
            try scanner.skipWhitespaceCommentsAndNewlines()
            switch scanner.peek() {
            case .comma?:
                scanner.advance()
            case .closeBracket?:
                scanner.advance()
                return .array(elements)
            case nil:
                throw scanner.error("the array opened on line \(line) has no closing ']'")
            default:
                throw scanner.error("expected ',' or ']' after an array element, found \(scanner.describeNext())")
            }
        }
    }

    /// `{ key = value, … }` on one line, without a trailing comma; it cannot be extended later.
    private mutating func parseInlineTable(depth: Int) throws(TOMLParseError) -> TOMLValue {
        let table = try makeTable(.header, depth: depth, at: scanner.position)
        let inlineSection = newSection()
        scanner.advance()
        scanner.skipWhitespace()
        if scanner.peek() == .closeBrace {
            scanner.advance()
            return .table(table.table())
        }
        while true {
            try parseKeyValue(into: table, section: inlineSection, expecting: "expected a key in the inline table")
            scanner.skipWhitespace()
            switch scanner.peek() {
            case .comma?:
                scanner.advance()
                scanner.skipWhitespace()
                if scanner.peek() == .closeBrace { throw scanner.error("an inline table cannot end with a comma") }
            case .closeBrace?:
                scanner.advance()
                return .table(table.table())
            default:
                throw scanner.error(
                    "expected ',' or '}' in the inline table (which must stay on one line), found \(scanner.describeNext())"
                )
            }
        }
    }
}
