import TOML

extension ConfigurationProblem {
    /// The keys whose values are secrets: a syntax error on their line never quotes the line's text.
    static let secretKeys = ["client_secret"]

    /// The problem for a file that is not valid TOML: the parser's line, column and message, unless
    /// the line holds a secret (an unquoted `client_secret = 9f8e...` reads as a bad number, and the
    /// parser's message would quote it): then a message that names the key and not the value.
    init(syntaxError error: TOMLParseError, in text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.indices.contains(error.line - 1) ? lines[error.line - 1] : ""
        guard let key = Self.secretKeys.first(where: { line.contains($0) }) else {
            self.init(key: nil, line: error.line, column: error.column, message: error.message)
            return
        }
        self.init(
            key: nil, line: error.line, column: error.column,
            message:
                "the value of \(key) is not valid TOML (not shown: it is a secret); write it in quotes, \(key) = \"...\""
        )
    }
}
