/// Writes a table as a TOML document that parses back to the same values: plain keys and values
/// first, then each sub-table under a `[header]` and each array of tables as `[[header]]` blocks.
/// Keys that are not bare are quoted; strings are basic strings with every character that needs it escaped.
public enum TOMLWriter {
    /// The document for `table`, ending with a line end (empty for an empty table).
    public static func write(_ table: TOMLTable) -> String {
        var output = ""
        writeBody(of: table, path: [], into: &output)
        return output
    }

    /// One value as TOML source: a scalar, or an array or inline table on one line.
    public static func value(_ value: TOMLValue) -> String {
        switch value {
        case .string(let text): return quoted(text)
        case .integer(let number): return String(number)
        case .float(let number): return float(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case .dateTime(let dateTime): return dateTime.text
        case .array(let elements): return "[" + elements.map(Self.value).joined(separator: ", ") + "]"
        case .table(let table):
            guard !table.isEmpty else { return "{}" }
            return "{ "
                + table.keys.compactMap { name in table[name].map { Self.key(name) + " = " + Self.value($0) } }.joined(
                    separator: ", ") + " }"
        }
    }

    /// A dotted key with each part bare when it can be and quoted otherwise.
    public static func key(_ parts: [String]) -> String {
        parts.map(key).joined(separator: ".")
    }

    /// One key part, bare when it consists only of `A-Z a-z 0-9 _ -`, otherwise quoted.
    public static func key(_ part: String) -> String {
        !part.isEmpty && part.utf8.allSatisfy(\.isBareKeyCharacter) ? part : quoted(part)
    }

    // MARK: - Document layout

    /// The keys that stay `key = value` lines, and the tables and arrays of tables written under headers.
    private static func writeBody(of table: TOMLTable, path: [String], into output: inout String) {
        var sections: [(key: String, value: TOMLValue)] = []
        for key in table.keys {
            guard let value = table[key] else { continue }
            if case .table = value {
                sections.append((key, value))
            } else if isArrayOfTables(value) {
                sections.append((key, value))
            } else {
                output += Self.key(key) + " = " + Self.value(value) + "\n"
            }
        }
        for (key, value) in sections {
            let subpath = path + [key]
            switch value {
            case .table(let subtable):
                output += (output.isEmpty ? "" : "\n") + "[" + Self.key(subpath) + "]\n"
                writeBody(of: subtable, path: subpath, into: &output)
            case .array(let elements):
                for case .table(let element) in elements {
                    output += (output.isEmpty ? "" : "\n") + "[[" + Self.key(subpath) + "]]\n"
                    writeBody(of: element, path: subpath, into: &output)
                }
            default:
                continue
            }
        }
    }

    /// A non-empty array whose elements are all tables, written as `[[key]]` blocks.
    private static func isArrayOfTables(_ value: TOMLValue) -> Bool {
        guard case .array(let elements) = value, !elements.isEmpty else { return false }
        return elements.allSatisfy { $0.tableValue != nil }
    }

    // MARK: - Scalars

    /// A basic string: `"` and `\` escaped, control characters as `\b \t \n \f \r` or `\uXXXX`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{08}": result += "\\b"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\u{0C}": result += "\\f"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u" + TOMLScanner.codePoint(scalar.value).dropFirst(2)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `inf`, `-inf`, `nan`, or Swift's shortest round-tripping form, which always has a `.` or an exponent.
    private static func float(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        return number.description
    }
}
