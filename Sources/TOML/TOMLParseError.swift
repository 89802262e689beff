/// Why a document is not valid TOML, and where: the 1-based line and column (counted in Unicode
/// scalars) of the offending text.
public struct TOMLParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int
    /// What is wrong, in plain words, usually what was expected and what was found.
    public var message: String

    /// Creates an error report.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}
