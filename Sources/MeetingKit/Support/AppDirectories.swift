import Foundation

/// Where meeting-tui keeps its files, per the XDG base directory specification.
public struct AppDirectories: Sendable, Equatable {
    /// `$XDG_CONFIG_HOME/meeting-tui` (default `~/.config/meeting-tui`): config file and tokens.
    public var config: URL
    /// `$XDG_STATE_HOME/meeting-tui` (default `~/.local/state/meeting-tui`): the audit log.
    public var state: URL

    public init(config: URL, state: URL) {
        self.config = config
        self.state = state
    }

    /// The directories for an environment (pass `ProcessInfo.processInfo.environment`).
    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, fallback: String) -> URL {
            // The spec says relative paths in these variables are invalid and must be ignored.
            if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
            return URL(fileURLWithPath: home).appendingPathComponent(fallback)
        }
        config = base("XDG_CONFIG_HOME", fallback: ".config").appendingPathComponent("meeting-tui")
        state = base("XDG_STATE_HOME", fallback: ".local/state").appendingPathComponent("meeting-tui")
    }

    /// Creates `directory` (and parents) if missing and makes it private (0700).
    public static func makePrivate(_ directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
    }
}
