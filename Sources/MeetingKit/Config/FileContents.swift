import FoundationEssentials
import Glibc

/// A file read by `SecureFile.readContents(_:)`: its bytes, and its permissions as the descriptor
/// they were read from reported them. Its owner was checked when it was opened: it is this user.
struct FileContents: Sendable {
    /// The file's bytes.
    let data: Data
    let path: String
    let mode: mode_t

    /// Refuses the file, now that it is known to hold a secret, when group or others may read or change it.
    func checkPrivate() throws(FileSecurityError) {
        if mode & 0o077 != 0 { throw .permissionsTooOpen(path: path, mode: UInt16(mode & 0o7777)) }
    }

    /// Refuses the file when group or others may change it.
    func checkNotWritableByOthers() throws(FileSecurityError) {
        try Self.checkNotWritableByOthers(mode: mode, path: path)
    }

    /// Refuses a file or directory with these permissions when group or others may change it.
    static func checkNotWritableByOthers(mode: mode_t, path: String) throws(FileSecurityError) {
        if mode & 0o022 != 0 { throw .writableByOthers(path: path, mode: UInt16(mode & 0o7777)) }
    }
}
