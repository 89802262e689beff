/// Wrapped text as the screen shows it.
enum TextFormat {
    /// The text broken into lines of at most `width` cells, at spaces where possible.
    /// Leading spaces indent every line.
    static func wrap(_ text: String, width: Int) -> [String] {
        let indent = String(text.prefix { $0 == " " })
        guard width > indent.count else { return [] }
        return wrapWords(String(text.dropFirst(indent.count)), width: width - indent.count).map { indent + $0 }
    }

    private static func wrapWords(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if DisplayWidth.of(candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            var rest = word
            while DisplayWidth.of(rest) > width {
                let head = DisplayWidth.prefix(rest, width: width)
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            line = rest
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
