import FoundationEssentials
import MeetingKit

/// Where keeping a room connected is (`:keep N`, `K`): MeetingKit's `RoomKeeper` watches the room
/// after it joined and calls it again when it is seen to have left while the meeting is live.
enum KeepState: Sendable, Hashable {
    /// Asked for before the room joined: keeping starts when it joins.
    case pending
    /// In the meeting and watched, with the redials still allowed.
    case watching(redialsLeft: Int)
    /// Seen to have left: called again after `pause` seconds, with the redials left after that one.
    case redialling(pause: TimeInterval, redialsLeft: Int)
    /// Back in the meeting after a redial, watched again.
    case rejoined(redialsLeft: Int)
    /// Keeping ended by itself (the meeting ended, the redials are used up, a redial failed), with why.
    case ended(String)

    /// Whether the room is still being kept (or will be, once it joins).
    var isActive: Bool {
        if case .ended = self { false } else { true }
    }

    /// The state for one of the keeper's events.
    init(_ event: RoomKeeper.Event, redialsLeft: Int) {
        switch event {
        case .left(_, _, _, let pause): self = .redialling(pause: pause, redialsLeft: redialsLeft)
        case .redialled(let report):
            self = report.outcome == .joined ? .rejoined(redialsLeft: redialsLeft) : .watching(redialsLeft: redialsLeft)
        }
    }

    /// The state in which keeping ended, or `nil` when the operator stopped it.
    init?(_ end: RoomKeeper.End) {
        switch end {
        case .stopped: return nil
        case .meetingEnded: self = .ended("the meeting ended")
        case .redialsUsedUp(let report): self = .ended(report.reason)
        case .redialEnded(let report): self = .ended("a redial did not bring it back: \(report.reason)")
        }
    }

    /// The state in words, for the invite's line: "⟳ kept, 3 redials left".
    func text(ticket: Int, unicode: Bool) -> String {
        let mark = unicode ? "⟳" : "(kept)"
        let unkeep = " (:unkeep \(ticket))"
        switch self {
        case .pending: return "\(mark) kept once it joins" + unkeep
        case .watching(let left): return "\(mark) kept, \(Self.redials(left)) left" + unkeep
        case .redialling(let pause, let left):
            return "\(mark) left, redialling in \(Int(pause.rounded())) s, \(Self.redials(left)) left after" + unkeep
        case .rejoined(let left): return "\(mark) rejoined, \(Self.redials(left)) left" + unkeep
        case .ended(let reason): return "no longer kept: \(reason)"
        }
    }

    private static func redials(_ count: Int) -> String {
        count == 1 ? "1 redial" : "\(count) redials"
    }
}
