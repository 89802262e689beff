/// Catches the TOML that the bundled parser (toml++ inside TOMLKit) cannot be given: a table header
/// whose name starts with a character that cannot start a key (`[=]`, `[ #x]`, `[[.a]]`), and a `}`
/// where an array expects a value (`x = [}`, `x = [1, }`). toml++ asserts on these instead of
/// reporting an error, which would end the process (both found by fuzzing the config parser).
/// Neither is ever valid TOML; everything else is left to the parser.
enum TOMLPreflight {
    /// The problem with the first such header, or `nil` when there is none.
    static func problem(in text: String) -> ConfigurationProblem? {
        var scanner = Scanner()
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            if scanner.atTopLevel, let message = headerProblem(line) {
                return ConfigurationProblem(key: nil, line: index + 1, message: message)
            }
            if let message = scanner.scan(line) {
                return ConfigurationProblem(key: nil, line: index + 1, message: message)
            }
        }
        return nil
    }

    /// Whether a line that starts a table header names a key.
    private static func headerProblem(_ line: Substring) -> String? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        guard rest.first == "[" else { return nil }
        rest = rest.dropFirst()
        if rest.first == "[" { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard let first = rest.unicodeScalars.first, first != "]" else { return nil }
        let startsKey = first == "\"" || first == "'" || first == "_" || first == "-"
            || (first.isASCII && (first.properties.isAlphabetic || ("0"..."9").contains(first)))
        return startsKey ? nil : "a table header must start with a key name, not \"\(Character(first))\""
    }

    /// Follows strings, comments and arrays across lines, to know when a line starts at the top level
    /// and to see a `}` right after a `[` or `,`.
    private struct Scanner {
        private var openMultilineString: String?
        private var arrayDepth = 0
        /// Whether the last significant character was `[` or `,` (a value must follow).
        private var expectingValue = false

        var atTopLevel: Bool { openMultilineString == nil && arrayDepth == 0 }

        /// Scans one line; returns a problem toml++ would assert on.
        mutating func scan(_ line: Substring) -> String? {
            var rest = line
            if atTopLevel, line.drop(while: { $0 == " " || $0 == "\t" }).first == "[" { return nil } // a header line
            while let character = rest.first {
                if let delimiter = openMultilineString {
                    guard let end = rest.range(of: delimiter) else { return nil }
                    rest = rest[end.upperBound...]
                    openMultilineString = nil
                    continue
                }
                if character == " " || character == "\t" || character == "\r" {
                    rest = rest.dropFirst()
                    continue
                }
                if character == "#" { return nil } // a comment keeps what was expected
                if character == "}", expectingValue { return "a value is missing before \"}\"" }
                expectingValue = character == "[" || character == ","
                switch character {
                case "\"", "'":
                    let triple = String(repeating: character, count: 3)
                    if rest.hasPrefix(triple) {
                        openMultilineString = triple
                        rest = rest.dropFirst(3)
                    } else {
                        rest = Self.afterString(rest.dropFirst(), closedBy: character)
                    }
                case "[":
                    arrayDepth += 1
                    rest = rest.dropFirst()
                case "]":
                    arrayDepth = max(0, arrayDepth - 1)
                    rest = rest.dropFirst()
                default:
                    rest = rest.dropFirst()
                }
            }
            return nil
        }

        /// The text after a one-line string (backslash escapes only in basic strings).
        private static func afterString(_ text: Substring, closedBy quote: Character) -> Substring {
            var rest = text
            while let character = rest.first {
                rest = rest.dropFirst()
                if character == "\\", quote == "\"" { rest = rest.dropFirst() } else if character == quote { return rest }
            }
            return rest
        }
    }
}
