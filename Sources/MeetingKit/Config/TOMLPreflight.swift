/// Catches the TOML that the bundled parser (toml++ inside TOMLKit) cannot be given: a table header
/// whose name starts with a character that cannot start a key (`[=]`, `[ #x]`, `[[.a]]`, `[` and a
/// combining mark), and a `}` where an array expects a value (`x = [}`, `x = [1, }`). toml++
/// asserts on these instead of reporting an error, which would end the process (all found by
/// fuzzing the config parser). None is ever valid TOML; everything else is left to the parser.
/// It reads Unicode scalars, as toml++ does, not grapheme clusters (which glue marks to brackets).
enum TOMLPreflight {
    /// The problem with the first such spot, or `nil` when there is none.
    static func problem(in text: String) -> ConfigurationProblem? {
        var scanner = Scanner()
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let scalars = Array(line)
            if scanner.atTopLevel, let message = headerProblem(scalars) {
                return ConfigurationProblem(key: nil, line: index + 1, message: message)
            }
            if let message = scanner.scan(scalars) {
                return ConfigurationProblem(key: nil, line: index + 1, message: message)
            }
        }
        return nil
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\r" }

    /// Whether a line that starts a table header names a key.
    private static func headerProblem(_ line: [Unicode.Scalar]) -> String? {
        var index = line.firstIndex { !isBlank($0) } ?? line.endIndex
        guard index < line.endIndex, line[index] == "[" else { return nil }
        index += 1
        if index < line.endIndex, line[index] == "[" { index += 1 }
        while index < line.endIndex, isBlank(line[index]) { index += 1 }
        guard index < line.endIndex else { return "a table header must name a key on its own line" }
        guard line[index] != "]" else { return nil }
        let first = line[index]
        let startsKey = first == "\"" || first == "'" || first == "_" || first == "-"
            || ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first)
        return startsKey ? nil : "a table header must start with a key name, not U+\(String(first.value, radix: 16, uppercase: true))"
    }

    /// Follows strings, comments and arrays across lines, to know when a line starts at the top level
    /// and to see a `}` right after a `[` or `,`.
    private struct Scanner {
        private var openMultilineString: Unicode.Scalar?
        private var arrayDepth = 0
        /// Whether the last significant character was `[` or `,` (a value must follow).
        private var expectingValue = false

        var atTopLevel: Bool { openMultilineString == nil && arrayDepth == 0 }

        /// Scans one line; returns a problem toml++ would assert on.
        mutating func scan(_ line: [Unicode.Scalar]) -> String? {
            if atTopLevel, line.first(where: { !isBlank($0) }) == "[" { return nil } // a header line
            var index = 0
            while index < line.count {
                let scalar = line[index]
                if let quote = openMultilineString {
                    if Self.isTriple(quote, in: line, at: index) {
                        openMultilineString = nil
                        index += 3
                    } else {
                        index += 1
                    }
                    continue
                }
                if isBlank(scalar) {
                    index += 1
                    continue
                }
                if scalar == "#" { return nil } // a comment keeps what was expected
                if scalar == "}", expectingValue { return "a value is missing before \"}\"" }
                expectingValue = scalar == "[" || scalar == ","
                switch scalar {
                case "\"", "'":
                    if Self.isTriple(scalar, in: line, at: index) {
                        openMultilineString = scalar
                        index += 3
                    } else {
                        index = Self.afterString(line, from: index + 1, closedBy: scalar)
                    }
                case "[":
                    arrayDepth += 1
                    index += 1
                case "]":
                    arrayDepth = max(0, arrayDepth - 1)
                    index += 1
                default:
                    index += 1
                }
            }
            return nil
        }

        private static func isTriple(_ quote: Unicode.Scalar, in line: [Unicode.Scalar], at index: Int) -> Bool {
            index + 2 < line.count && line[index] == quote && line[index + 1] == quote && line[index + 2] == quote
        }

        /// The index after a one-line string (backslash escapes only in basic strings).
        private static func afterString(_ line: [Unicode.Scalar], from start: Int, closedBy quote: Unicode.Scalar) -> Int {
            var index = start
            while index < line.count {
                if line[index] == "\\", quote == "\"" {
                    index += 2
                } else if line[index] == quote {
                    return index + 1
                } else {
                    index += 1
                }
            }
            return index
        }
    }
}
