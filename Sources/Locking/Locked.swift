import Synchronization
import ThreadSanitizerShims

/// A value guarded by a `Mutex` from Synchronization, whose hand-overs ThreadSanitizer can see.
///
/// On Linux a contended `Mutex` is handed from one thread to the next by the kernel
/// (`FUTEX_LOCK_PI` / `FUTEX_UNLOCK_PI` inside the uninstrumented `libswiftSynchronization.so`),
/// so ThreadSanitizer never learns that one critical section ends before the next begins and reports
/// two accesses under the same lock as a data race. `withLock` therefore also announces each
/// critical section to ThreadSanitizer (acquire on entry, release on exit, keyed by this object);
/// in a build without ThreadSanitizer those announcements are empty calls.
public final class Locked<Value>: Sendable {
    private let mutex: Mutex<Value>

    /// Creates the lock around `initialValue`.
    public init(_ initialValue: sending Value) {
        mutex = Mutex(initialValue)
    }

    /// Runs `body` with exclusive access to the value and returns what it returns.
    public func withLock<Result, Failure: Error>(
        _ body: (inout sending Value) throws(Failure) -> sending Result
    ) throws(Failure) -> sending Result {
        try mutex.withLock { (value: inout sending Value) throws(Failure) -> sending Result in
            let identity = UnsafeRawPointer(Unmanaged.passUnretained(self).toOpaque())
            tsanshim_acquire(identity)
            defer { tsanshim_release(identity) }
            return try body(&value)
        }
    }
}
