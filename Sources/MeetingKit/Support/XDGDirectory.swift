import FoundationEssentials

/// Resolves meeting-tui's directories per the XDG base directory specification.
enum XDGDirectory {
    /// `$VARIABLE/meeting-tui`, or `~/FALLBACK/meeting-tui` when the variable is unset, empty or
    /// relative (the specification says relative paths must be ignored).
    static func resolve(_ variable: String, fallback: String, environment: [String: String]) -> URL {
        if let base = environment[variable], base.hasPrefix("/") {
            return URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent(
                "meeting-tui", isDirectory: true)
        }
        let home =
            environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return
            home
            .appendingPathComponent(fallback, isDirectory: true)
            .appendingPathComponent("meeting-tui", isDirectory: true)
    }
}
