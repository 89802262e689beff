import Foundation
import Glibc

/// Reading and writing the files under the config directory the way ssh treats its keys:
/// the directory is created 0700, files are written 0600 and atomically, and a file that holds
/// secrets is refused when group or others may read or change it.
public enum SecureFile {
    /// The permissions of a created directory: owner only.
    public static let directoryMode: mode_t = 0o700
    /// The permissions of a written file: owner read and write.
    public static let fileMode: mode_t = 0o600

    /// Creates the directory (and its parents) with mode 0700 when it does not exist.
    public static func ensureDirectory(_ directory: URL) throws(FileSecurityError) {
        let path = directory.path
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw .system(path: path, operation: "use directory", errno: ENOTDIR) }
            return
        }
        try ensureDirectory(directory.deletingLastPathComponent())
        if mkdir(path, directoryMode) != 0 && errno != EEXIST {
            throw .system(path: path, operation: "create directory", errno: errno)
        }
    }

    /// Reads a file, or returns `nil` when it does not exist.
    /// - Parameter holdsSecrets: when `true`, refuses a file that group or others can read or
    ///   write, or that belongs to another user.
    public static func read(_ file: URL, holdsSecrets: Bool) throws(FileSecurityError) -> Data? {
        let path = file.path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw .system(path: path, operation: "open", errno: errno)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(path: path, operation: "inspect", errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(path: path) }
        if holdsSecrets { try checkPrivate(info, path: path) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path: path, operation: "read", errno: errno)
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// Refuses a file that holds secrets when its permissions or owner let anyone else in.
    public static func checkPrivate(_ file: URL) throws(FileSecurityError) {
        var info = stat()
        guard stat(file.path, &info) == 0 else {
            if errno == ENOENT { return }
            throw .system(path: file.path, operation: "inspect", errno: errno)
        }
        try checkPrivate(info, path: file.path)
    }

    private static func checkPrivate(_ info: stat, path: String) throws(FileSecurityError) {
        if info.st_mode & 0o077 != 0 { throw .permissionsTooOpen(path: path, mode: UInt16(info.st_mode & 0o7777)) }
        if info.st_uid != geteuid() { throw .wrongOwner(path: path, owner: info.st_uid) }
    }

    /// Replaces a file atomically with mode 0600: writes a temporary file in the same directory,
    /// flushes it to disk, renames it over the target and flushes the directory. Readers see
    /// either the old content or the new, never a mix; when writing fails the old file is untouched.
    public static func write(_ data: Data, to file: URL) throws(FileSecurityError) {
        let bytes = [UInt8](data)
        try write(to: file) { (descriptor, path) throws(FileSecurityError) in
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw .system(path: path, operation: "write", errno: errno)
                }
                offset += written
            }
        }
    }

    /// Replaces a file atomically, letting `produce` write the content to the temporary file's
    /// descriptor. When `produce` throws, the temporary file is removed and the target is untouched.
    /// Temporary files that killed writers of the same file left behind are removed first.
    public static func write(to file: URL, produce: (Int32, String) throws(FileSecurityError) -> Void) throws(FileSecurityError) {
        let directory = file.deletingLastPathComponent()
        try ensureDirectory(directory)
        removeAbandonedTemporaryFiles(of: file)
        let temporaryPath = directory.appendingPathComponent(TemporaryName(target: file.lastPathComponent, writer: getpid()).fileName).path
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else { throw .system(path: temporaryPath, operation: "create", errno: errno) }
        var renamed = false
        defer { if !renamed { unlink(temporaryPath) } }
        do {
            defer { close(descriptor) }
            // The umask may have narrowed the mode further; never widen, but make sure it is exactly 0600.
            guard fchmod(descriptor, fileMode) == 0 else { throw FileSecurityError.system(path: temporaryPath, operation: "set permissions on", errno: errno) }
            try produce(descriptor, temporaryPath)
            guard fsync(descriptor) == 0 else { throw FileSecurityError.system(path: temporaryPath, operation: "flush", errno: errno) }
        }
        guard rename(temporaryPath, file.path) == 0 else { throw .system(path: file.path, operation: "replace", errno: errno) }
        renamed = true
        try syncDirectory(directory)
    }

    /// Deletes the temporary files of `file` whose writing process no longer exists (a writer killed
    /// mid-write leaves one; it never replaces the target). Files of live processes, including this
    /// one, are left alone.
    static func removeAbandonedTemporaryFiles(of file: URL) {
        let directory = file.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names {
            guard let temporary = TemporaryName(fileName: name), temporary.target == file.lastPathComponent,
                  temporary.writer != getpid(), kill(temporary.writer, 0) != 0, errno == ESRCH
            else { continue }
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    /// Deletes a file; a missing file is not an error. Returns whether a file was deleted.
    @discardableResult
    public static func delete(_ file: URL) throws(FileSecurityError) -> Bool {
        if unlink(file.path) == 0 {
            try syncDirectory(file.deletingLastPathComponent())
            return true
        }
        if errno == ENOENT { return false }
        throw .system(path: file.path, operation: "delete", errno: errno)
    }

    private static func syncDirectory(_ directory: URL) throws(FileSecurityError) {
        let descriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(path: directory.path, operation: "open directory", errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .system(path: directory.path, operation: "flush directory", errno: errno) }
    }
}
