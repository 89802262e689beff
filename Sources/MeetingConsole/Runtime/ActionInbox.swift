import CursesShims
import Glibc
import Locking

/// Where work running off the UI loop posts its results. Posting wakes the loop through a
/// pipe that signal handlers write to as well (the self-pipe trick).
final class ActionInbox: Sendable {
    /// The read end, polled by the event loop.
    let wakeReadFD: Int32
    /// The write end, written by `post` and by the signal handlers.
    let wakeWriteFD: Int32
    private let pending = Locked<[Action]>([])

    /// The byte `post` writes; signal handlers write the signal's number instead.
    static let actionByte: UInt8 = 0

    init() throws {
        var fds: [Int32] = [0, 0]
        guard cursesshim_wake_pipe(&fds) == 0 else {
            throw ConsoleError.terminal("cannot create the wake-up pipe (errno \(errno))")
        }
        wakeReadFD = fds[0]
        wakeWriteFD = fds[1]
    }

    /// Queues an action and wakes the loop. Safe from any task or thread.
    func post(_ action: Action) {
        pending.withLock { $0.append(action) }
        var byte = Self.actionByte
        _ = write(wakeWriteFD, &byte, 1)
    }

    /// Takes every queued action, oldest first.
    func drain() -> [Action] {
        pending.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
    }

    /// Reads what woke the loop: the signal numbers among the bytes (action bytes are dropped).
    func readWakeBytes() -> [Int32] {
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(wakeReadFD, &buffer, buffer.count)
            guard count > 0 else { break }
            signals += buffer[0..<count].filter { $0 != Self.actionByte }.map(Int32.init)
        }
        return signals
    }

    deinit {
        close(wakeReadFD)
        close(wakeWriteFD)
    }
}
