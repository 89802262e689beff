import CursesShims
import FoundationEssentials
import MeetingKit

/// The full-screen operator console (`meeting-tui` with no subcommand).
public enum Console {
    /// Runs the console on the process's terminal until the operator quits or a signal
    /// (Ctrl-C, SIGTERM, SIGHUP from a dropped SSH session) ends it. The terminal is restored in
    /// every case, including a thrown error. Returns the exit status: 0 after `q`, 128 + the
    /// signal's number after a signal.
    public static func run(_ environment: ConsoleEnvironment) async throws -> Int32 {
        let locale = ConsoleLocale.current()
        let state = initialState(environment, locale: locale, unicode: locale.apply())
        return try await withCheckedThrowingContinuation { continuation in
            // The loop blocks in poll(), so it gets a thread of its own rather than one of the task pool's.
            do throws(DetachedThread.StartFailure) {
                try DetachedThread.start {
                    continuation.resume(with: Result { try runLoop(state, environment) })
                }
            } catch {
                continuation.resume(
                    throwing: ConsoleError.terminal("cannot start the console's thread (error \(error.errno))"))
            }
        }
    }

    /// The state the console opens with: settings from the environment, the locale's fallback and
    /// key-override problems in the log. `unicode` is whether the locale, once set, is UTF-8.
    static func initialState(_ environment: ConsoleEnvironment, locale: ConsoleLocale, unicode: Bool) -> AppState {
        let (keymap, problems) = Keymap.applying(overrides: environment.keyOverrides)
        let settings = ConsoleOptions(
            keymap: keymap, readOnly: environment.readOnly, rooms: environment.rooms,
            refresh: environment.refresh, unicode: unicode)
        var state = AppState(
            settings: settings, identity: environment.identity, now: Date(),
            size: TerminalSize(rows: 24, columns: 80))
        if let note = locale.logNote { state.report(note, role: unicode ? .normal : .warning) }
        for problem in problems { state.report(problem, role: .warning) }
        return state
    }

    private static func runLoop(_ state: AppState, _ environment: ConsoleEnvironment) throws -> Int32 {
        let inbox = try ActionInbox()
        let terminal = try Terminal(environment: ProcessInfo.processInfo.environment)
        defer {
            terminal.restore()
            cursesshim_reset_wake_signals()
        }
        guard cursesshim_install_wake_signals(inbox.wakeWriteFD) == 0 else {
            throw ConsoleError.terminal("cannot install signal handlers")
        }
        let runner = EffectRunner(environment: environment, post: inbox.post)
        defer { runner.cancelAll() }
        return EventLoop(state: state, terminal: terminal, inbox: inbox, runner: runner).run()
    }
}
