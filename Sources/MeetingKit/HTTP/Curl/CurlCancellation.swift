import Synchronization

/// A flag set when the task awaiting a transfer is cancelled; libcurl's progress callback
/// reads it on the transfer's thread and aborts the transfer.
final class CurlCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Asks the transfer to stop.
    func cancel() { flag.store(true, ordering: .relaxed) }

    /// Whether the transfer was asked to stop.
    var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
