import FoundationEssentials

/// One line of the audit log: what was done to which meeting, and how it ended. Holds no secrets.
public struct AuditEntry: Sendable, Codable, Equatable {
    public var time: String
    public var meeting: String
    /// `room_system_callout`, `phone_callout`, `recording.start`, `end_meeting`...
    public var action: String
    /// The address or number called, when the action has one.
    public var target: String?
    /// An `InviteOutcome` raw value for call-outs; `done`, `refused` or `failed` for other controls.
    public var outcome: String
    public var zoomCode: Int?
    public var elapsedMs: Int?
    public var reason: String?

    enum CodingKeys: String, CodingKey {
        case time, meeting, action, target, outcome, reason
        case zoomCode = "zoom_code"
        case elapsedMs = "elapsed_ms"
    }

    public init(
        time: Date, meeting: MeetingReference, action: String, target: String?, outcome: String,
        zoomCode: Int?, elapsed: TimeInterval?, reason: String?
    ) {
        self.time = ZoomDate.format(time)
        self.meeting = meeting.description
        self.action = action
        self.target = target
        self.outcome = outcome
        self.zoomCode = zoomCode
        self.elapsedMs = elapsed.map { Int(($0 * 1000).rounded()) }
        self.reason = reason
    }
}
