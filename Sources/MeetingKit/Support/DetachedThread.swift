import Glibc

/// A POSIX thread of its own for work that blocks (a libcurl transfer, waiting for a file lock or a
/// browser, the console's `poll` loop), so the blocking never occupies a thread of Swift's task pool.
/// Nothing waits for the thread: it ends when its work returns.
public enum DetachedThread {
    /// Why no thread could be started: `pthread_create`'s error number (EAGAIN when the process or
    /// the system is out of threads).
    public struct StartFailure: Error, Sendable, Equatable {
        public let errno: Int32
    }

    /// Starts a thread that runs `work` once.
    public static func start(_ work: @escaping @Sendable () -> Void) throws(StartFailure) {
        let job = Unmanaged.passRetained(Job(work: work))
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let result = pthread_create(
            &thread, &attributes,
            { context in
                Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().work()
                return nil
            }, job.toOpaque())
        guard result == 0 else {
            job.release()
            throw StartFailure(errno: result)
        }
    }

    /// What the new thread runs, handed over through `pthread_create`'s context pointer.
    private final class Job {
        let work: @Sendable () -> Void

        init(work: @escaping @Sendable () -> Void) {
            self.work = work
        }
    }
}
