import Glibc

/// A file or directory that cannot be used safely or could not be read or written,
/// with a message that names the path and, where there is one, the fix.
public enum FileSecurityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file holding a secret can be read or written by group or others.
    case permissionsTooOpen(path: String, mode: UInt16)
    /// A file or directory of ours belongs to another user.
    case wrongOwner(path: String, owner: UInt32)
    /// Group or others may change a file or directory whose content meeting-tui trusts.
    case writableByOthers(path: String, mode: UInt16)
    /// A symbolic link stands where meeting-tui keeps one of its files.
    case symbolicLink(path: String)
    /// The path is not a regular file (a directory, a FIFO, a device...).
    case notRegularFile(path: String)
    /// A system call failed.
    case system(path: String, operation: String, errno: Int32)

    public var description: String {
        switch self {
        case .permissionsTooOpen(let path, let mode):
            return "refusing to use \(path): it holds secrets but its permissions \(String(mode & 0o777, radix: 8)) "
                + "let other users read or change it; run `chmod 600 \(path)`"
        case .wrongOwner(let path, let owner):
            return "refusing to use \(path): it belongs to user id \(owner), not to you (user id \(geteuid())); "
                + "if you trust it, run `sudo chown \(geteuid()) \(path)`, or remove it"
        case .writableByOthers(let path, let mode):
            return
                "refusing to use \(path): its permissions \(String(mode & 0o777, radix: 8)) let other users change it; "
                + "run `chmod go-w \(path)`"
        case .symbolicLink(let path):
            return
                "refusing to use \(path): it is a symbolic link, and meeting-tui only opens its own regular file there; "
                + "put the file itself in its place"
        case .notRegularFile(let path):
            return "\(path) is not a regular file"
        case .system(let path, let operation, let code):
            return "could not \(operation) \(path): \(String(cString: strerror(code)))"
        }
    }
}
