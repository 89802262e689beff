import ArgumentParser
import Glibc
import ProcessShims

/// Where the process starts. It marks the process non-dumpable before anything else happens (no
/// core file, no ptrace or /proc memory reads by other processes of the user: the tokens it holds
/// stay in it), then runs `MeetingTUICommand` on the concurrent pool while the main thread sleeps.
///
/// An `async` main would hand the main thread to `dispatch_main()`, which ends it with
/// `pthread_exit`: that unwinds the thread's stack through the binary's unwind tables and maps
/// 1.5 MiB of them for the rest of the run (BENCHMARKS.md, row 8). Nothing here runs on the main
/// actor, so the main thread only has to wait: `MeetingTUICommand.main` ends the process with the
/// command's status, or returns when the command succeeded.
@main
enum EntryPoint {
    static func main() {
        _ = process_forbid_dumps() // fails only for an unknown option, which PR_SET_DUMPABLE is not
        Task.detached {
            await MeetingTUICommand.main(nil)
            exit(0)
        }
        while true { pause() }
    }
}
