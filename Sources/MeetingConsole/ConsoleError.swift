/// Why the console could not start or had to stop.
public enum ConsoleError: Error, CustomStringConvertible {
    /// The terminal could not be set up, with the reason.
    case terminal(String)

    /// The reason in a sentence.
    public var description: String {
        switch self {
        case .terminal(let reason): return "the terminal cannot be used: \(reason)"
        }
    }
}
