import Foundation

/// The append-only audit log: one JSON line per action on a live meeting, in a private file.
public struct AuditLog: Sendable {
    /// The log file, normally `$XDG_STATE_HOME/meeting-tui/audit.log`.
    public let fileURL: URL

    public init(fileURL: URL) {
        self.fileURL = fileURL
    }

    /// The log in its standard place: `$XDG_STATE_HOME/meeting-tui/audit.log`
    /// (default `~/.local/state/meeting-tui/audit.log`).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(fileURL: XDGDirectory.resolve("XDG_STATE_HOME", fallback: ".local/state", environment: environment)
            .appendingPathComponent("audit.log"))
    }

    /// Appends one entry as a single write, so lines from several processes never interleave.
    /// Controls in names and Zoom's words are written as JSON escapes, so the log is safe to `cat`.
    public func record(_ entry: AuditEntry) throws {
        try SecureFile.ensureDirectory(fileURL.deletingLastPathComponent())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(entry), as: UTF8.self)
        let line = Data((TerminalText.jsonEscapingControls(json) + "\n").utf8)
        let descriptor = open(fileURL.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw AuditLogError(path: fileURL.path, errno: errno) }
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else { throw AuditLogError(path: fileURL.path, errno: errno) }
    }

    /// Every entry in the log, oldest first; unreadable lines are skipped.
    public func entries() throws -> [AuditEntry] {
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return [] }
        let decoder = JSONDecoder()
        return try String(contentsOf: fileURL, encoding: .utf8)
            .split(separator: "\n")
            .compactMap { try? decoder.decode(AuditEntry.self, from: Data($0.utf8)) }
    }
}

/// The audit log could not be written.
public struct AuditLogError: Error, CustomStringConvertible {
    public let path: String
    public let errno: Int32
    public var description: String { "cannot write the audit log \(path): \(String(cString: strerror(errno)))" }
}
