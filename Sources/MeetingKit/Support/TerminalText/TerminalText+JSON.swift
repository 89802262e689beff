extension TerminalText {
    /// A JSON document with every control above ASCII (DEL, C1, bidi controls, U+2028/2029,
    /// zero-width and unassigned scalars) written as `\uXXXX`: the same JSON to any parser, and
    /// safe to `cat`. JSON encoders already escape C0 inside strings; the C0 left outside strings
    /// is the document's own whitespace, which is kept.
    public static func jsonEscapingControls(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 >= 0x7F }) else { return json }
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F, TerminalScalarClass(scalar) == .control {
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
