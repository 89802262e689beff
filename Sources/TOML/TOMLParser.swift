/// Parses TOML 1.0.0 documents. It never traps on malformed input: every problem is a
/// `TOMLParseError` with its line and column, and nesting is limited so that no input can exhaust the stack.
public enum TOMLParser {
    /// The deepest nesting accepted: a value may be enclosed by at most this many tables and arrays
    /// (headers, dotted keys, arrays and inline tables all count).
    public static let maximumDepth = 100

    /// Parses a whole document into its root table; each key remembers its line.
    /// - Throws: `TOMLParseError` for the first problem found.
    public static func parse(_ text: String) throws(TOMLParseError) -> TOMLTable {
        var parser = DocumentParser(text)
        return try parser.parse()
    }
}
