import FoundationEssentials

/// What an invite ended with, in words for the operator and fields for scripts.
public struct InviteReport: Sendable {
    public var outcome: InviteOutcome
    public var meeting: MeetingReference
    public var target: RoomSystemAddress
    /// The room system as seen in the meeting (`joined`, `waitingRoom`).
    public var participant: Participant?
    /// Why this outcome, in a sentence.
    public var reason: String
    /// What the operator should do next, when anything.
    public var nextStep: String?
    public var cause: InviteCause?
    /// Zoom's error code, when Zoom gave one.
    public var zoomCode: Int?
    /// Seconds from the start of the workflow to the outcome.
    public var elapsed: TimeInterval
    /// Things the operator should know even when it worked (unknown scopes, forced send).
    public var warnings: [String]
    /// Whether a call-out request reached Zoom (and may have been processed).
    public var sent: Bool
    /// Why the invite is missing from the audit log, when its record could not be written.
    public var auditProblem: String?
    /// Whether the next step offers dial-in (`meeting-tui dialin`) because the token may not call rooms out.
    public var offersDialIn = false

    public init(
        outcome: InviteOutcome, meeting: MeetingReference, target: RoomSystemAddress, participant: Participant? = nil,
        reason: String, nextStep: String? = nil, cause: InviteCause? = nil, zoomCode: Int? = nil,
        elapsed: TimeInterval, warnings: [String] = [], sent: Bool
    ) {
        self.outcome = outcome
        self.meeting = meeting
        self.target = target
        self.participant = participant
        self.reason = reason
        self.nextStep = nextStep
        self.cause = cause
        self.zoomCode = zoomCode
        self.elapsed = elapsed
        self.warnings = warnings
        self.sent = sent
    }
}
