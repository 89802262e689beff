import ArgumentParser
import Glibc
import ProcessShims

/// Where the process starts. It marks the process non-dumpable before anything else happens (no
/// core file, no ptrace or /proc memory reads by other processes of the user: the tokens it holds
/// stay in it), then runs `MeetingTUICommand` on the concurrent pool while the main thread waits
/// for signals.
///
/// An `async` main would hand the main thread to `dispatch_main()`, which ends it with
/// `pthread_exit`: that unwinds the thread's stack through the binary's unwind tables and keeps up
/// to 1 MiB of them mapped for the rest of the run (BENCHMARKS.md, row 8). Nothing here runs on the
/// main actor, so the main thread only has to do what `dispatch_main()` leaves it doing: wait in
/// `sigsuspend` with no signal blocked. The pool's threads block every signal, and a parent may
/// start us with signals blocked too (a test runner's tmux does), so without that wait a resize
/// or Ctrl-C would reach no thread. `MeetingTUICommand.main` ends the process with the command's
/// status, or returns when the command succeeded.
@main
enum EntryPoint {
    static func main() {
        _ = process_forbid_dumps() // fails only for an unknown option, which PR_SET_DUMPABLE is not
        Task.detached {
            await MeetingTUICommand.main(nil)
            exit(0)
        }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        while true { sigsuspend(&noSignals) }
    }
}
