import FoundationEssentials

/// Where meeting-tui keeps its configuration and credentials:
/// `$XDG_CONFIG_HOME/meeting-tui/`, or `~/.config/meeting-tui/` when that variable is unset or empty.
public struct ConfigDirectory: Sendable, Hashable {
    /// The directory itself.
    public let url: URL

    /// Uses a given directory (tests, or an explicit `--config-dir`).
    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    /// Resolves the directory from `XDG_CONFIG_HOME` and `HOME` as the XDG base directory
    /// specification says: a relative `XDG_CONFIG_HOME` is ignored.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(url: XDGDirectory.resolve("XDG_CONFIG_HOME", fallback: ".config", environment: environment))
    }

    /// `config.toml`: the operator's settings and saved rooms.
    public var configFile: URL { url.appendingPathComponent("config.toml") }
    /// `tokens.json`: the stored credentials.
    public var tokenFile: URL { url.appendingPathComponent("tokens.json") }
    /// `tokens.lock`: held while a process refreshes or rewrites the stored credentials.
    public var tokenLockFile: URL { url.appendingPathComponent("tokens.lock") }
    /// `config.lock`: held while a process edits `config.toml` (`rooms add`, `rooms remove`).
    public var configLockFile: URL { url.appendingPathComponent("config.lock") }
}
