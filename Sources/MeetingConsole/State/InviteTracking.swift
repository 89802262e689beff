import Foundation
import MeetingKit

/// A room-system invite the operator confirmed: which room, into which meeting.
public struct InviteOrder: Sendable, Hashable {
    public var meeting: MeetingTarget
    /// The saved room's name, when the operator picked one.
    public var roomName: String?
    public var callType: RoomSystemCallType
    /// The normalised address (`sip:room@host`, or an H.323 address).
    public var address: String
    /// The name the room gets in the meeting.
    public var displayName: String?

    public init(meeting: MeetingTarget, roomName: String? = nil, callType: RoomSystemCallType, address: String, displayName: String? = nil) {
        self.meeting = meeting
        self.roomName = roomName
        self.callType = callType
        self.address = address
        self.displayName = displayName
    }

    /// How the room is named to the operator: the saved name, the display name, or the address.
    public var roomLabel: String { roomName ?? displayName ?? address }
}

/// Where a running invite is, reported while it runs.
public enum InviteStage: Sendable, Hashable {
    /// Checking the credentials and the meeting before sending.
    case preflight
    /// The call-out is being sent to Zoom.
    case sending
    /// Zoom accepted it; waiting for the room to answer and appear in the meeting.
    case ringing(elapsed: TimeInterval)
    /// Reading the participant list once more to be sure.
    case confirming
    /// Finished, with the verdict.
    case finished(InviteVerdict)
}

/// How an invite ended, in words for the operator.
public struct InviteVerdict: Sendable, Hashable {
    /// The kinds of ending, from MeetingKit's invite outcome.
    public enum Kind: String, Sendable, Hashable {
        /// The room is in the meeting.
        case joined
        /// The room is waiting to be admitted.
        case waitingRoom = "waiting_room"
        /// The room did not join in time.
        case notJoined = "not_joined"
        /// Zoom accepted the call-out but the credentials cannot see whether it joined.
        case unconfirmed
        /// Nothing was sent: the preflight found a reason it would not work.
        case refused
        /// Sending failed.
        case failed
    }

    public var kind: Kind
    public var reason: String
    public var nextStep: String?
    /// Seconds from sending to the verdict.
    public var elapsed: TimeInterval

    public init(kind: Kind, reason: String, nextStep: String? = nil, elapsed: TimeInterval = 0) {
        self.kind = kind
        self.reason = reason
        self.nextStep = nextStep
        self.elapsed = elapsed
    }

    /// Whether the operator should look at this one (anything but a clean join).
    public var needsAttention: Bool { kind != .joined }
}

/// Performs room-system invites for the console and reports their progress.
/// MeetingKit's `InviteWorkflow` is the production implementation.
public protocol RoomSystemInviter: Sendable {
    /// Runs one invite to its verdict, calling `progress` as it moves. Never throws: failures are verdicts.
    func invite(_ order: InviteOrder, progress: @escaping @Sendable (InviteStage) -> Void) async -> InviteVerdict
}

/// An invite the console started, with where it is now.
public struct InviteAttempt: Sendable, Hashable {
    public var ticket: Int
    public var order: InviteOrder
    public var stage: InviteStage
    public var startedAt: Date
}
