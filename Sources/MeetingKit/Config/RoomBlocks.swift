import TOML

/// Edits to the `[[rooms]]` blocks of a config file's text that leave every other line as it was,
/// comments inside the other blocks included. A block runs from its `[[rooms]]` header to the next
/// header; comment lines right above a header (no blank line between) belong to that header's block.
enum RoomBlocks {
    /// The text with a `[[rooms]]` block for `room` appended.
    static func appending(_ room: SavedRoom, to text: String) -> String {
        var table = TOMLTable()
        table["rooms"] = .array([Self.table(for: room)])
        let kept = trimmingTrailingBlankLines(text.split(separator: "\n", omittingEmptySubsequences: false)[...])
        return (kept.isEmpty ? "" : kept.joined(separator: "\n") + "\n\n") + TOMLWriter.write(table)
    }

    /// The text without the `index`th `[[rooms]]` block, or `nil` when the text has no such block
    /// (the rooms are written inline, say).
    static func removing(at index: Int, from text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let headers = lines.indices.filter { compact(lines[$0]).hasPrefix("[") }
        let roomHeaders = headers.filter { compact(lines[$0]).hasPrefix("[[rooms]]") }
        guard index < roomHeaders.count else { return nil }
        let header = roomHeaders[index]
        let start = header - commentLines(above: header, in: lines)
        let end = headers.first { $0 > header }.map { $0 - commentLines(above: $0, in: lines) } ?? lines.count
        let kept = trimmingTrailingBlankLines(lines[..<start] + lines[end...])
        return kept.isEmpty ? "" : kept.joined(separator: "\n") + "\n"
    }

    /// A room as the table `[[rooms]]` holds.
    static func table(for room: SavedRoom) -> TOMLValue {
        var table = TOMLTable()
        table["name"] = .string(room.name)
        table["type"] = .string(room.callType.rawValue)
        table["address"] = .string(room.address)
        if let displayName = room.displayName { table["display_name"] = .string(displayName) }
        if let quickKey = room.quickKey { table["key"] = .integer(Int64(quickKey)) }
        return .table(table)
    }

    private static func compact(_ line: Substring) -> String {
        line.filter { $0 != " " && $0 != "\t" }
    }

    /// How many comment lines stand right above the line at `index`.
    private static func commentLines(above index: Int, in lines: [Substring]) -> Int {
        var count = 0
        while index - count - 1 >= 0, compact(lines[index - count - 1]).hasPrefix("#") { count += 1 }
        return count
    }

    private static func trimmingTrailingBlankLines(_ lines: ArraySlice<Substring>) -> ArraySlice<Substring> {
        var kept = lines
        while let last = kept.last, last.allSatisfy(\.isWhitespace) { kept.removeLast() }
        return kept
    }
}
