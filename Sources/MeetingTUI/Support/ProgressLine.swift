import Glibc
import Locking
import MeetingKit

/// Shows an invite's progress on standard error while it runs, only when standard error is a terminal.
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    private let frame = Locked(0)
    private let waitAnnounced = Locked(false)

    init(enabled: Bool = Output.isTerminal(STDERR_FILENO)) {
        self.enabled = enabled
    }

    /// Redraws the line for a progress step.
    func show(_ progress: InviteProgress) {
        if case .waitingForStart(let details, _) = progress, !enabled {
            // Not a terminal (a log file, cron mail): one line when the wait begins.
            if waitAnnounced.withLock({ announced in
                defer { announced = true }
                return !announced
            }) {
                Output.error(Self.waiting(details))
            }
            return
        }
        guard enabled else { return }
        let text: String
        switch progress {
        case .preflight: text = "checking scopes"
        case .waitingForStart(let details, let remaining):
            text = "\(Self.waiting(details)) (\(DurationText.spoken(remaining)) left)"
        case .sending: text = "sending the call-out"
        case .ringing(let elapsed): text = "call-out accepted; waiting for the room system to join (\(Int(elapsed)) s)"
        }
        let mark = frame.withLock { index -> String in
            index = (index + 1) % frames.count
            return frames[index]
        }
        Output.progress("\(mark) \(text)")
    }

    /// "waiting for meeting 857 4606 5432 (Board) to start…": the meeting's topic escaped.
    static func waiting(_ details: MeetingDetails) -> String {
        "waiting for meeting \(details.label) to start…"
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        Output.progress("")
    }
}
