import FoundationEssentials
import Glibc

/// Reading and writing the files under the config directory the way ssh treats its keys:
/// the directory is created 0700, files are written 0600 and atomically, nothing is read from a
/// file or directory another user owns or may change, and a file that holds secrets is refused
/// when group or others may read it.
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
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw .system(path: path, operation: "use directory", errno: ENOTDIR)
            }
            return
        }
        try ensureDirectory(directory.deletingLastPathComponent())
        if mkdir(path, directoryMode) != 0 && errno != EEXIST {
            throw .system(path: path, operation: "create directory", errno: errno)
        }
    }

    /// Reads a file, or returns `nil` when it (or its directory) does not exist. Like ssh with
    /// `~/.ssh`, nothing is read from a file or directory that another user owns or may change,
    /// and a symbolic link in the file's place is refused; the checks are made on the opened
    /// descriptors, so the path cannot be swapped between check and use.
    /// - Parameter holdsSecrets: when `true`, also refuses a file that group or others can read.
    public static func read(_ file: URL, holdsSecrets: Bool) throws(FileSecurityError) -> Data? {
        guard let contents = try readUnchecked(file) else { return nil }
        if holdsSecrets { try contents.checkPrivate() }
        try contents.checkNotWritableByOthers()
        return contents.data
    }

    /// Reads a file as `read(_:holdsSecrets:)` does without secrets, keeping what the open descriptor
    /// said about its permissions, so a caller that finds a secret in it can check the same file
    /// with `FileContents.checkPrivate()`.
    static func readContents(_ file: URL) throws(FileSecurityError) -> FileContents? {
        let contents = try readUnchecked(file)
        try contents?.checkNotWritableByOthers()
        return contents
    }

    private static func readUnchecked(_ file: URL) throws(FileSecurityError) -> FileContents? {
        let path = file.path
        guard let opened = try openTrusted(file, flags: O_RDONLY) else { return nil }
        let descriptor = opened.descriptor
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path: path, operation: "read", errno: errno)
            }
            if count == 0 { return FileContents(data: data, path: path, mode: opened.mode) }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// Opens a file of ours without following a symbolic link in its place and without blocking on
    /// a FIFO, after checking that its directory belongs to this user and no one else may change it.
    /// The opened file must be a regular file of this user's. Returns `nil` when the file (without
    /// `O_CREAT`) or the directory does not exist; a created file gets mode 0600.
    /// - Parameter flags: the access mode and flags (`O_CREAT`, `O_APPEND`...); `O_NOFOLLOW`,
    ///   `O_NONBLOCK` and `O_CLOEXEC` are added.
    /// - Returns: the descriptor and the file's mode as `fstat` found it.
    private static func openTrusted(_ file: URL, flags: Int32) throws(FileSecurityError) -> (
        descriptor: Int32, mode: mode_t
    )? {
        let directory = file.deletingLastPathComponent().path
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directoryDescriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw .system(path: directory, operation: "open directory", errno: errno)
        }
        defer { close(directoryDescriptor) }
        var info = stat()
        guard fstat(directoryDescriptor, &info) == 0 else {
            throw .system(path: directory, operation: "inspect", errno: errno)
        }
        try checkTrusted(info, path: directory)
        let path = file.path
        let descriptor = openat(
            directoryDescriptor, file.lastPathComponent, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw .symbolicLink(path: path) }
            // A FIFO without a reader, opened for writing without blocking, or a device without its device.
            if errno == ENXIO { throw .notRegularFile(path: path) }
            throw .system(path: path, operation: "open", errno: errno)
        }
        var opened = false
        defer { if !opened { close(descriptor) } }
        guard fstat(descriptor, &info) == 0 else { throw .system(path: path, operation: "inspect", errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(path: path) }
        if info.st_uid != geteuid() { throw .wrongOwner(path: path, owner: info.st_uid) }
        opened = true
        return (descriptor, info.st_mode)
    }

    /// Opens a file of ours for appending or locking as `openTrusted` does, creating it 0600 when
    /// missing and setting an existing one back to 0600.
    static func openPrivate(_ file: URL, flags: Int32) throws(FileSecurityError) -> Int32 {
        try ensureDirectory(file.deletingLastPathComponent())
        guard let opened = try openTrusted(file, flags: flags | O_CREAT) else {
            throw .system(path: file.path, operation: "open", errno: ENOENT)
        }
        let descriptor = opened.descriptor
        if opened.mode & 0o7777 != fileMode && fchmod(descriptor, fileMode) != 0 {
            let code = errno
            close(descriptor)
            throw .system(path: file.path, operation: "set permissions on", errno: code)
        }
        return descriptor
    }

    /// Refuses a directory that another user owns or may change: whoever can change it can put
    /// their own file in the place of ours.
    private static func checkTrusted(_ info: stat, path: String) throws(FileSecurityError) {
        if info.st_uid != geteuid() { throw .wrongOwner(path: path, owner: info.st_uid) }
        try FileContents.checkNotWritableByOthers(mode: info.st_mode, path: path)
    }

    /// Creates a new directory only this user can enter, with a random name that starts with
    /// `prefix`, under the system's temporary directory (`mkdtemp`).
    public static func makeTemporaryDirectory(prefix: String) throws(FileSecurityError) -> URL {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard mkdtemp(&bytes) != nil else { throw .system(path: template, operation: "create directory", errno: errno) }
        return URL(
            fileURLWithPath: bytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, isDirectory: true)
    }

    /// Replaces a file atomically with mode 0600: writes a temporary file in the same directory,
    /// flushes it to disk, renames it over the target and flushes the directory. Readers see
    /// either the old content or the new, never a mix; when writing fails the old file is untouched.
    public static func write(_ data: Data, to file: URL) throws(FileSecurityError) {
        let bytes = [UInt8](data)
        try write(to: file) { (descriptor, path) throws(FileSecurityError) in
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes {
                    Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
                }
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
    public static func write(to file: URL, produce: (Int32, String) throws(FileSecurityError) -> Void)
        throws(FileSecurityError)
    {
        let directory = file.deletingLastPathComponent()
        try ensureDirectory(directory)
        removeAbandonedTemporaryFiles(of: file)
        let temporaryPath = directory.appendingPathComponent(
            TemporaryName(target: file.lastPathComponent, writer: getpid()).fileName
        ).path
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else { throw .system(path: temporaryPath, operation: "create", errno: errno) }
        var renamed = false
        defer { if !renamed { unlink(temporaryPath) } }
        do {
            defer { close(descriptor) }
            // The umask may have narrowed the mode further; never widen, but make sure it is exactly 0600.
            guard fchmod(descriptor, fileMode) == 0 else {
                throw FileSecurityError.system(path: temporaryPath, operation: "set permissions on", errno: errno)
            }
            try produce(descriptor, temporaryPath)
            guard fsync(descriptor) == 0 else {
                throw FileSecurityError.system(path: temporaryPath, operation: "flush", errno: errno)
            }
        }
        guard rename(temporaryPath, file.path) == 0 else {
            throw .system(path: file.path, operation: "replace", errno: errno)
        }
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
        guard fsync(descriptor) == 0 else {
            throw .system(path: directory.path, operation: "flush directory", errno: errno)
        }
    }
}
