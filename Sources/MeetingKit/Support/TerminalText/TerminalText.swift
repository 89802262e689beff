/// Text chosen by strangers (names, topics, Zoom's messages) made safe to write to a terminal.
///
/// Every scalar that `TerminalScalarClass` calls a control is shown as a visible escape instead of
/// being written: `\u{1B}` for ESC, `\u{0A}` for a line feed, `\u{9B}` for the C1 CSI, `\u{202E}`
/// for a right-to-left override (uppercase hexadecimal, at least two digits). Everything else,
/// any script, combining marks and emoji included, is kept as it is; so is a zero-width joiner or
/// tag inside an emoji sequence, which only joins pictographs. A backslash is kept too, so an
/// escape can be told from a literal one only by knowing the value; what matters is that no
/// control reaches the terminal.
public enum TerminalText {
    /// `text` with every control escaped, line feeds included: for one value (a name, a topic,
    /// a table cell, a one-line reason), so it cannot add a line or a row.
    public static func escaped(_ text: String) -> String {
        escape(text, keepingLineFeeds: false)
    }

    /// `text` with every control escaped except line feeds: for a whole message whose line breaks
    /// are ours; the values quoted in it must have been escaped with `escaped(_:)`.
    public static func escapedKeepingLineFeeds(_ text: String) -> String {
        escape(text, keepingLineFeeds: true)
    }

    /// The visible form of one scalar: `\u{1B}`, `\u{202E}`.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
    }

    private static func escape(_ text: String, keepingLineFeeds: Bool) -> String {
        let plain = text.utf8.allSatisfy { byte in (byte >= 0x20 && byte < 0x7F) || (keepingLineFeeds && byte == 0x0A) }
        if plain { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            let scalars = Array(character.unicodeScalars)
            let first = scalars.first ?? " "
            for (offset, scalar) in scalars.enumerated() {
                let kept =
                    TerminalScalarClass(scalar) != .control
                    || (keepingLineFeeds && scalar == "\n")
                    || (offset > 0 && joinsPictographs(scalar, after: first, last: offset == scalars.count - 1))
                if kept {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += escape(scalar)
                }
            }
        }
        return result
    }

    /// Whether `scalar`, not the first of a character starting with `first`, is a zero-width joiner
    /// inside an emoji sequence, or a tag of a flag sequence (black flag, tags, cancel tag U+E007F).
    private static func joinsPictographs(_ scalar: Unicode.Scalar, after first: Unicode.Scalar, last: Bool) -> Bool {
        switch scalar.value {
        case 0x200D: return !last && first.value >= 0x2000 && first.properties.isEmoji
        case 0xE0020...0xE007F: return first.value == 0x1F3F4
        default: return false
        }
    }
}
