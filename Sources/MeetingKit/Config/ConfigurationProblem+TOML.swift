import TOML

extension ConfigurationProblem {
    /// The problem for a file that is not valid TOML: the parser's line, column and message.
    init(syntaxError error: TOMLParseError) {
        self.init(key: nil, line: error.line, column: error.column, message: error.message)
    }
}
