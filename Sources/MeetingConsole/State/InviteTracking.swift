import FoundationEssentials
import MeetingKit

/// A room-system invite the operator confirmed: which room, into which meeting.
struct InviteOrder: Sendable, Hashable {
    var meeting: MeetingTarget
    /// The saved room's name, when the operator picked one.
    var roomName: String?
    /// The validated destination.
    var target: RoomSystemAddress
    /// The name the room gets in the meeting.
    var displayName: String?
    /// Set up before the meeting starts (`:when-live`): wait for it to start, sending nothing before.
    var whenLive = false

    init(meeting: MeetingTarget, roomName: String? = nil, target: RoomSystemAddress, displayName: String? = nil) {
        self.meeting = meeting
        self.roomName = roomName
        self.target = target
        self.displayName = displayName
    }

    /// The order for a saved room.
    init(room: SavedRoom, meeting: MeetingTarget) throws(InputError) {
        self.init(
            meeting: meeting, roomName: room.name,
            target: try RoomSystemAddress.parse(callType: room.callType, input: room.address),
            displayName: room.displayName ?? room.name)
    }

    /// How the room is named to the operator: the saved name, the display name, or the address.
    var roomLabel: String { roomName ?? displayName ?? target.address }

    /// The request MeetingKit's invite workflow runs.
    var request: InviteRequest {
        InviteRequest(meeting: meeting.reference, target: target, displayName: displayName)
    }
}

/// Where a running invite is: MeetingKit's progress while it runs, then the verdict.
enum InviteStage: Sendable, Hashable {
    /// Checking the credentials and the meeting before sending.
    case preflight
    /// Set up before the meeting starts: waiting for it, with the seconds of the wait left. Nothing is sent before it starts.
    case waitingForStart(remaining: TimeInterval)
    /// The call-out is being sent to Zoom.
    case sending
    /// Zoom accepted it; waiting for the room to answer and appear in the meeting.
    case ringing(elapsed: TimeInterval)
    /// Finished, with the verdict.
    case finished(InviteVerdict)

    /// The stage for the workflow's progress report.
    init(_ progress: InviteProgress) {
        switch progress {
        case .preflight: self = .preflight
        case .waitingForStart(_, let remaining): self = .waitingForStart(remaining: remaining)
        case .sending: self = .sending
        case .ringing(let elapsed): self = .ringing(elapsed: elapsed)
        }
    }
}

/// How an invite ended: the parts of MeetingKit's report the console shows.
struct InviteVerdict: Sendable, Hashable {
    var outcome: InviteOutcome
    var reason: String
    var nextStep: String?
    /// Seconds from the start to the verdict.
    var elapsed: TimeInterval
    /// What the operator should know even when it worked.
    var warnings: [String]
    /// Refused because the token may not call rooms out: the console offers the dial-in address.
    var offersDialIn: Bool

    init(
        outcome: InviteOutcome, reason: String, nextStep: String? = nil, elapsed: TimeInterval = 0,
        warnings: [String] = [],
        offersDialIn: Bool = false
    ) {
        self.outcome = outcome
        self.reason = reason
        self.nextStep = nextStep
        self.elapsed = elapsed
        self.warnings = warnings
        self.offersDialIn = offersDialIn
    }

    /// The verdict of a workflow report.
    init(_ report: InviteReport) {
        self.init(
            outcome: report.outcome, reason: report.reason, nextStep: report.nextStep,
            elapsed: report.elapsed, warnings: report.warnings, offersDialIn: report.offersDialIn)
    }
}

/// An invite the console started, with where it is now.
struct InviteAttempt: Sendable, Hashable {
    var ticket: Int
    var order: InviteOrder
    var stage: InviteStage
    /// Whether the room is kept connected once it joined (`:keep N`), and how that goes.
    var keep: KeepState? = nil
}
