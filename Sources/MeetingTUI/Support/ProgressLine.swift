import Foundation
import Locking
import MeetingKit

/// Shows an invite's progress on standard error while it runs, only when standard error is a terminal.
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    private let frame = Locked(0)

    init(enabled: Bool = Output.isTerminal(STDERR_FILENO)) {
        self.enabled = enabled
    }

    /// Redraws the line for a progress step.
    func show(_ progress: InviteProgress) {
        guard enabled else { return }
        let text: String
        switch progress {
        case .preflight: text = "checking scopes"
        case .sending: text = "sending the call-out"
        case .ringing(let elapsed): text = "call-out accepted; waiting for the room system to join (\(Int(elapsed)) s)"
        }
        let mark = frame.withLock { index -> String in
            index = (index + 1) % frames.count
            return frames[index]
        }
        Output.progress("\(mark) \(text)")
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        Output.progress("")
    }
}
