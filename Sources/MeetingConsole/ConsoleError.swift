/// Why the console could not start or had to stop.
public enum ConsoleError: Error, CustomStringConvertible {
    case terminal(String)

    public var description: String {
        switch self {
        case .terminal(let reason): return "the terminal cannot be used: \(reason)"
        }
    }
}
