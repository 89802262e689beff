import MeetingKit

/// How many terminal cells text occupies, independent of the C library's locale tables.
///
/// A grapheme cluster is measured as a whole: combining marks, zero-width joiners and variation
/// selectors add nothing; East Asian Wide and Fullwidth characters and emoji shown as emoji take two
/// cells; control characters (Cc, Cf, Zl, Zp, unassigned) take none. Scalars are classed by
/// `TerminalScalarClass` (MeetingKit), the same table the plain commands escape controls by.
public enum DisplayWidth {
    /// The cells one grapheme cluster occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if scalars.contains(where: isEmojiPresentation) { return 2 }
        return TerminalScalarClass(first).cells
    }

    /// The cells a string occupies.
    public static func of(_ text: String) -> Int {
        // Printable ASCII (most of any screen) is one cell a byte; everything else is measured by cluster.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The text cut to at most `width` cells, ending in `ellipsis` when something was cut.
    /// Never splits a grapheme cluster; a wide character that would straddle the limit is dropped.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return prefix(ellipsis, width: width) }
        return prefix(text, width: room) + ellipsis
    }

    /// The longest prefix of `text` that fits in `width` cells.
    public static func prefix(_ text: String, width: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let cells = of(character)
            if used + cells > width { break }
            used += cells
            result.append(character)
        }
        return result
    }

    /// The text padded with spaces (or truncated) to exactly `width` cells.
    public static func pad(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// The text right-aligned in exactly `width` cells (truncated when longer).
    public static func padLeft(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        return String(repeating: " ", count: max(0, width - of(cut))) + cut
    }

    private static func isEmojiPresentation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmojiPresentation
    }
}
