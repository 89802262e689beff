import Foundation

/// Times, durations and wrapped text as the screen shows them.
enum TextFormat {
    /// "14:05" (or "14:05:09" with seconds) in the given zone.
    static func clock(_ date: Date, in zone: TimeZone, seconds: Bool = false) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        let hm = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return seconds ? hm + String(format: ":%02d", parts.second ?? 0) : hm
    }

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
