import Foundation

/// Finds the line of a key in a TOML document, because TOMLKit reports lines only for syntax
/// errors. Understands `[table]` and `[[array]]` headers and `key = value` lines, which is what the
/// config file uses; keys it cannot place simply have no line.
struct TOMLKeyLocator {
    /// Dotted key (`console.refresh_seconds`, `rooms[2].key`; array elements counted from 1) to 1-based line.
    private var lines: [String: Int] = [:]

    init(text: String) {
        var section = ""
        var arrayCounts: [String: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[[") {
                let name = Self.unquote(line.dropFirst(2).prefix { $0 != "]" })
                arrayCounts[name, default: 0] += 1
                section = "\(name)[\(arrayCounts[name]!)]"
            } else if line.hasPrefix("[") {
                section = Self.unquote(line.dropFirst().prefix { $0 != "]" })
            } else if let equals = line.firstIndex(of: "=") {
                let key = Self.unquote(line[..<equals])
                let path = section.isEmpty ? key : "\(section).\(key)"
                if lines[path] == nil { lines[path] = index + 1 }
                continue
            } else {
                continue
            }
            if lines[section] == nil { lines[section] = index + 1 }
        }
    }

    /// The line of a dotted key, or of a table header.
    func line(of path: String) -> Int? { lines[path] }

    private static func unquote(_ text: Substring) -> String {
        text.split(separator: ".").map { part in
            part.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }.joined(separator: ".")
    }
}
