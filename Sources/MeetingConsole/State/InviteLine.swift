import FoundationEssentials
import MeetingKit

/// The one line that tells the operator where an invite is: sending → ringing → joined ✓,
/// in the waiting room, not joined ✗ or unconfirmed, with the reason and the next step.
enum InviteLine {
    /// The line for an invite in its current stage, with the command that acts on it by number
    /// (`:cancel N` while it waits for its meeting, `:keep N` once it joined, `:unkeep N` while kept).
    static func text(for attempt: InviteAttempt, unicode: Bool) -> String {
        let arrow = unicode ? "→" : "->"
        let head = "\(attempt.order.roomLabel) \(arrow) \(attempt.order.meeting.label): "
        let command =
            switch (attempt.stage, attempt.keep) {
            case (.waitingForStart, _): " (:cancel \(attempt.ticket))"
            case (.finished(let verdict), nil) where verdict.outcome == .joined: " (:keep \(attempt.ticket))"
            default: ""
            }
        let keep = attempt.keep.map { " · " + $0.text(ticket: attempt.ticket, unicode: unicode) } ?? ""
        return head + status(attempt.stage, unicode: unicode) + command + keep
    }

    /// The call-outs waiting for their meeting to start, for the log's rule:
    /// "waiting for start: #1 Boardroom → 812 3456 7890, #3 lab → 912 3456 7890"; `nil` when none waits.
    static func waitingForStart(_ state: AppState) -> String? {
        let arrow = state.settings.unicode ? "→" : "->"
        let waiting = state.invites.values
            .filter { if case .waitingForStart = $0.stage { true } else { false } }
            .sorted { $0.ticket < $1.ticket }
            .map { "#\($0.ticket) \($0.order.roomLabel) \(arrow) \($0.order.meeting.reference)" }
        return waiting.isEmpty ? nil : "waiting for start: " + waiting.joined(separator: ", ")
    }

    /// The stage in words.
    static func status(_ stage: InviteStage, unicode: Bool) -> String {
        let ellipsis = unicode ? "…" : "..."
        switch stage {
        case .preflight: return "checking\(ellipsis)"
        case .waitingForStart(let remaining):
            return "waiting for start\(ellipsis) \(DurationText.spoken(remaining)) left"
        case .sending: return "sending\(ellipsis)"
        case .ringing(let elapsed): return "ringing, waiting to join\(ellipsis) \(seconds(elapsed))"
        case .finished(let verdict): return finished(verdict, unicode: unicode)
        }
    }

    /// The role the line is drawn in.
    static func role(for stage: InviteStage) -> Role {
        guard case .finished(let verdict) = stage else { return .normal }
        switch verdict.outcome {
        case .joined: return .success
        case .waitingRoom, .unconfirmed: return .warning
        case .notJoined, .refused, .failed: return .error
        }
    }

    private static func finished(_ verdict: InviteVerdict, unicode: Bool) -> String {
        let check = unicode ? "✓" : "[ok]"
        let cross = unicode ? "✗" : "[x]"
        let dash = unicode ? " — " : " - "
        let head: String
        switch verdict.outcome {
        case .joined: head = "joined \(check) after \(seconds(verdict.elapsed))"
        case .waitingRoom: head = "in the waiting room"
        case .notJoined: head = "not joined \(cross)"
        case .unconfirmed: head = "unconfirmed"
        case .refused: head = "refused \(cross)"
        case .failed: head = "failed \(cross)"
        }
        var line = head
        if !verdict.reason.isEmpty, verdict.outcome != .joined { line += ": " + verdict.reason }
        if let next = verdict.nextStep, !next.isEmpty { line += dash + next }
        return line
    }

    private static func seconds(_ interval: TimeInterval) -> String {
        "\(Int(interval.rounded())) s"
    }
}
