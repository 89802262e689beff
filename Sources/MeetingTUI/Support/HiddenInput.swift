import Glibc

/// Reading a line from the terminal with echo off, and echo back on however the read ends: a line,
/// end of input, or a signal (Ctrl-C, Ctrl-\, SIGTERM, SIGHUP). On a signal the settings are
/// restored first, then the process ends as that signal asks (status 128 + its number).
enum HiddenInput {
    /// The signals that end a hidden read.
    private static let endingSignals = [SIGINT, SIGQUIT, SIGTERM, SIGHUP]

    /// Reads one line from standard input (a terminal) without echo; `nil` at end of input.
    static func readLine() -> String? {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return Swift.readLine(strippingNewline: true) }
        savedTerminalSettings = saved
        let previous = endingSignals.map { signal($0, restoreEchoAndEnd) }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            for (number, handler) in zip(endingSignals, previous) { signal(number, handler) }
        }
        return Swift.readLine(strippingNewline: true)
    }
}

/// The terminal settings from before a hidden read, for the signal handler (set before it is installed).
nonisolated(unsafe) private var savedTerminalSettings = termios()

/// The signal handler during a hidden read: only async-signal-safe calls (tcsetattr, write, signal, raise).
private func restoreEchoAndEnd(_ number: Int32) {
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminalSettings)
    let newline: UInt8 = 0x0A
    withUnsafePointer(to: newline) { _ = write(STDERR_FILENO, $0, 1) }
    signal(number, SIG_DFL)
    raise(number)
}
