import FoundationEssentials
import Glibc

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
        self.init(
            fileURL: XDGDirectory.resolve("XDG_STATE_HOME", fallback: ".local/state", environment: environment)
                .appendingPathComponent("audit.log"))
    }

    /// Appends one entry as a single write, so lines from several processes never interleave.
    /// The log is opened as `SecureFile` opens our files: never through a symbolic link or into a
    /// FIFO, only in a directory and a file of this user's, and an existing log is set back to 0600.
    /// Controls in names and Zoom's words are written as JSON escapes, so the log is safe to `cat`.
    public func record(_ entry: AuditEntry) throws(AuditLogError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json: Data
        do { json = try encoder.encode(entry) } catch { throw AuditLogError(path: fileURL.path, reason: "\(error)") }
        let line = Data((TerminalText.jsonEscapingControls(String(decoding: json, as: UTF8.self)) + "\n").utf8)
        let descriptor: Int32
        do { descriptor = try SecureFile.openPrivate(fileURL, flags: O_WRONLY | O_APPEND) } catch {
            throw AuditLogError(path: fileURL.path, reason: error.description)
        }
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw AuditLogError(
                path: fileURL.path, reason: written < 0 ? String(cString: strerror(errno)) : "the line was cut short")
        }
    }

    /// Records an entry; when it cannot be written, returns the warning the operator must see
    /// (the action itself happened, only its record is missing).
    public func recordOrWarn(_ entry: AuditEntry) -> String? {
        do {
            try record(entry)
            return nil
        } catch {
            return error.warning
        }
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
public struct AuditLogError: Error, Sendable, CustomStringConvertible {
    /// The log file.
    public let path: String
    /// Why, in words.
    public let reason: String

    public var description: String { "cannot write the audit log \(path): \(reason)" }

    /// What the operator is told when an action happened but its audit record could not be written.
    public var warning: String { "This action is NOT in the audit log: \(description)" }
}
