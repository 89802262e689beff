import MeetingKit

/// Keeping an invited room connected from the console: `:keep N` / `:unkeep N` by the invite's
/// ticket, and the `K` key for the newest room invite in the log pane. Only a room that joined is
/// kept; one still on its way is kept when it joins.
enum RoomKeeping {
    /// `:keep N`: keeps the room of invite N, now when it joined, or once it joins.
    static func keep(ticket: Int?, in state: inout AppState) -> [Effect] {
        guard let ticket, var attempt = state.invites[ticket] else {
            state.message = StatusMessage(
                "Usage: :keep N, where N is a room invite (its line in the log)", role: .error)
            return []
        }
        if attempt.keep?.isActive == true {
            state.message = StatusMessage(
                "\(attempt.order.roomLabel) is already kept (:unkeep \(ticket) stops)", role: .dim)
            return []
        }
        var effects: [Effect] = []
        switch attempt.stage {
        case .finished(let verdict) where verdict.outcome == .joined:
            effects = [.keepRoom(ticket: ticket, attempt.order)]
        case .finished:
            state.message = StatusMessage(
                "Only a room that joined can be kept: \(attempt.order.roomLabel) did not; invite it again",
                role: .warning)
            return []
        case .preflight, .waitingForStart, .sending, .ringing:
            break
        }
        attempt.keep = .pending
        state.invites[ticket] = attempt
        state.message = StatusMessage(InviteLine.text(for: attempt, unicode: state.settings.unicode), role: .normal)
        return effects
    }

    /// `:unkeep N`: stops keeping the room of invite N (nothing more is sent for it).
    static func unkeep(ticket: Int?, in state: inout AppState) -> [Effect] {
        guard let ticket, var attempt = state.invites[ticket], attempt.keep?.isActive == true else {
            state.message = StatusMessage(
                "Usage: :unkeep N, where N is a kept room (its line shows :unkeep N)", role: .error)
            return []
        }
        attempt.keep = nil
        state.invites[ticket] = attempt
        state.message = StatusMessage(
            "No longer keeping \(attempt.order.roomLabel) in \(attempt.order.meeting.label)", role: .normal)
        return [.unkeepRoom(ticket: ticket)]
    }

    /// The keep key: keeps the room of the newest invite in the log, or stops keeping it.
    static func toggleNewest(in state: inout AppState) -> [Effect] {
        let newest = state.log.last { if case .invite = $0.content { true } else { false } }
        guard case .invite(let ticket)? = newest?.content, let attempt = state.invites[ticket] else {
            state.message = StatusMessage("No room invite to keep: invite a room first", role: .dim)
            return []
        }
        return attempt.keep?.isActive == true ? unkeep(ticket: ticket, in: &state) : keep(ticket: ticket, in: &state)
    }

    /// Starts keeping a room asked to be kept once it joined.
    static func joined(ticket: Int, in state: AppState) -> [Effect] {
        guard let attempt = state.invites[ticket], attempt.keep == .pending else { return [] }
        return [.keepRoom(ticket: ticket, attempt.order)]
    }

    /// Shows how keeping a room goes; ignored once the operator stopped keeping it.
    static func progressed(ticket: Int, _ keep: KeepState, in state: inout AppState) {
        guard var attempt = state.invites[ticket], attempt.keep != nil else { return }
        attempt.keep = keep
        state.invites[ticket] = attempt
        let role: Role = if case .ended = keep { .warning } else { .normal }
        state.message = StatusMessage(InviteLine.text(for: attempt, unicode: state.settings.unicode), role: role)
    }
}
