/// How a meeting control ended.
public struct ControlReport: Sendable {
    /// `done`, `refused` (the preflight or Zoom said no), `failed` (not processed), or `unknown`
    /// (sent, but the answer was lost: Zoom may have acted).
    public enum Outcome: String, Sendable {
        case done, refused, failed, unknown
    }

    public var outcome: Outcome
    public var action: MeetingAction
    public var meeting: MeetingReference
    /// What happened, in a sentence.
    public var reason: String
    public var nextStep: String?
    public var cause: InviteCause?
    public var zoomCode: Int?
    /// Why the action is missing from the audit log, when its record could not be written.
    public var auditProblem: String? = nil
}
