import PlainText

/// Decoding of URL paths and form-encoded text as a server receives them.
enum PercentDecoding {
    /// Splits a raw path into its segments, each still percent-encoded.
    static func segments(of rawPath: String) -> [String] {
        rawPath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Decodes a meeting path segment. Zoom asks for UUIDs that start with `/` or contain `//`
    /// to be encoded twice: such a segment is decoded twice, any other once.
    static func meetingSegment(_ raw: String) -> String {
        let once = PercentEncoding.decode(raw) ?? raw
        guard once.contains("%"), let twice = PercentEncoding.decode(once),
            twice.hasPrefix("/") || twice.contains("//")
        else { return once }
        return twice
    }

    /// Parses `a=1&b=two+words` into pairs (a later duplicate replaces an earlier one).
    static func form(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decodeFormComponent(parts[0])
            fields[key] = parts.count > 1 ? decodeFormComponent(parts[1]) : ""
        }
        return fields
    }

    private static func decodeFormComponent(_ text: Substring) -> String {
        let spaced = String(text.replacing("+", with: " "))
        return PercentEncoding.decode(spaced) ?? spaced
    }
}
