import CursesShims
import FoundationEssentials
import Glibc

/// The console's main loop: paint, then sleep in `poll()` on the keyboard and the wake-up pipe
/// until a key, a result, a signal or the next scheduled refresh. When nothing is scheduled it
/// waits without a timeout, so an idle console uses no CPU and writes nothing.
final class EventLoop {
    private var state: AppState
    private let terminal: Terminal
    private let inbox: ActionInbox
    private let runner: EffectRunner

    init(state: AppState, terminal: Terminal, inbox: ActionInbox, runner: EffectRunner) {
        self.state = state
        self.terminal = terminal
        self.inbox = inbox
        self.runner = runner
    }

    /// Runs until the operator quits or a signal ends the session; returns the exit status
    /// (0 on quit, 128 + the signal's number on SIGINT, SIGTERM and SIGHUP).
    func run() -> Int32 {
        dispatch(Reducer.start(&state))
        dispatch(Reducer.reduce(&state, .resized(terminal.size)))
        while true {
            terminal.paint(Renderer.render(state))
            if state.quitting { return 0 }
            var fds = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: inbox.wakeReadFD, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&fds, 2, timeoutMilliseconds())
            if ready < 0, errno != EINTR { return 1 }

            for signal in inbox.readWakeBytes() {
                if signal == SIGWINCH {
                    handle(.resized(terminal.resize()))
                } else {
                    return 128 + signal
                }
            }
            for action in inbox.drain() { handle(action) }
            if fds[0].revents & Int16(POLLIN) != 0 {
                for key in terminal.readKeys() {
                    handle(key.map(Action.key) ?? .resized(terminal.resize()))
                    if state.quitting { break }
                }
            } else if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                return 128 + SIGHUP
            }
            if let deadline = state.nextDeadline, deadline <= Date() { handle(.tick) }
        }
    }

    private func handle(_ action: Action) {
        state.now = Date()
        dispatch(Reducer.reduce(&state, action))
    }

    private func dispatch(_ effects: [Effect]) {
        effects.forEach(runner.perform)
    }

    /// Milliseconds until the next deadline, or -1 (wait for ever) when nothing is scheduled.
    private func timeoutMilliseconds() -> Int32 {
        guard let deadline = state.nextDeadline else { return -1 }
        let milliseconds = deadline.timeIntervalSinceNow * 1000
        return Int32(max(0, min(milliseconds.rounded(.up), Double(Int32.max))))
    }
}
