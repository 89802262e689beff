import FoundationEssentials
import Glibc

/// An exclusive advisory lock on a file (`flock`), held across processes: the way meeting-tui
/// processes take turns refreshing the stored credentials so a rotated refresh token is never spent twice.
public struct FileLock: Sendable {
    /// The lock file; created 0600 when missing. Its content is irrelevant.
    public let file: URL

    /// A lock on the given file.
    public init(file: URL) { self.file = file }

    /// Runs `body` while holding the lock. Waiting for the lock blocks a dedicated thread,
    /// not the caller's task executor. The lock is released when `body` returns or throws,
    /// and by the kernel if the process dies.
    public func withLock<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        let descriptor = try await acquire()
        defer {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
        return try await body()
    }

    /// Opens the lock file as `SecureFile` opens our files (never through a symbolic link, only a
    /// regular file of this user's in a directory of this user's, 0600), then waits for the lock.
    private func acquire() async throws(FileSecurityError) -> Int32 {
        let descriptor = try SecureFile.openPrivate(file, flags: O_RDWR)
        let path = file.path
        let result: Result<Int32, FileSecurityError> = await withCheckedContinuation { continuation in
            do throws(DetachedThread.StartFailure) {
                try DetachedThread.start {
                    while flock(descriptor, LOCK_EX) != 0 {
                        if errno == EINTR { continue }
                        let code = errno
                        close(descriptor)
                        continuation.resume(returning: .failure(.system(path: path, operation: "lock", errno: code)))
                        return
                    }
                    continuation.resume(returning: .success(descriptor))
                }
            } catch {
                close(descriptor)
                continuation.resume(returning: .failure(.system(path: path, operation: "lock", errno: error.errno)))
            }
        }
        return try result.get()
    }
}
