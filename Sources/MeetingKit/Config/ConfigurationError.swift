/// A problem with the configuration file, precise enough to fix it: the key, and the line where known.
public struct ConfigurationProblem: Sendable, Hashable, CustomStringConvertible {
    /// The dotted key (`console.refresh_seconds`, `rooms[2].key`), when the problem is about one.
    public var key: String?
    /// The 1-based line in the file, when known.
    public var line: Int?
    /// The 1-based column (in Unicode scalars), for syntax errors.
    public var column: Int?
    /// What is wrong, in a sentence.
    public var message: String

    /// Creates a problem report.
    public init(key: String?, line: Int?, column: Int? = nil, message: String) {
        self.key = key
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        let place = line.map { line in "line \(line)" + (column.map { ", column \($0)" } ?? "") + ": " } ?? ""
        return place + (key.map { "\($0): " } ?? "") + message
    }
}

/// Why the configuration file cannot be used.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not valid TOML, or holds unknown keys or wrong values. All problems are listed.
    case invalid(path: String, problems: [ConfigurationProblem])
    /// The file is unsafe (a client secret in a file others can read) or could not be read or written.
    case file(FileSecurityError)
    /// A change to the saved rooms that cannot be made.
    case rooms(String)
    /// An environment variable that overrides a setting holds an unusable value.
    case environment(variable: String, reason: String)
    /// A Zoom URL is plain `http` to another machine: tokens would cross the network in clear.
    case insecureURL(setting: String, url: String)

    public var description: String {
        switch self {
        case .invalid(let path, let problems):
            return "\(path) has \(problems.count == 1 ? "a problem" : "\(problems.count) problems"):\n"
                + problems.map { "  " + $0.description }.joined(separator: "\n")
        case .file(let error):
            return error.description
        case .rooms(let message):
            return message
        case .environment(let variable, let reason):
            return "\(variable): \(reason)"
        case .insecureURL(let setting, let url):
            return
                "\(setting): refusing \"\(url)\": plain http would send tokens and secrets over the network unencrypted; "
                + "use https (http is accepted only to 127.0.0.1, ::1 or localhost, or anywhere with "
                + "\(EndpointPolicy.insecureOptIn)=1 on a test rig)"
        }
    }
}
