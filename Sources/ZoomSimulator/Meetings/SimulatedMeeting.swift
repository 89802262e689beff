import FoundationEssentials

/// A snapshot of one live meeting of the simulated account.
public struct SimulatedMeeting: Sendable, Hashable {
    /// The cloud recording state of a meeting.
    public enum Recording: String, Sendable, Hashable {
        case off
        case recording
        case paused
    }

    /// How the meeting came to be, which decides where Zoom lists it.
    public enum Kind: Int, Sendable, Hashable {
        /// Started on the spot ("New meeting"): `GET /users/{userId}/meetings` never lists it
        /// (docs/zoom-api.md, "Live meetings": that list holds scheduled meetings only); the Dashboard does.
        case instant = 1
        /// Scheduled ahead: the host's meeting list has it.
        case scheduled = 2
    }

    /// The numeric meeting ID.
    public var id: Int64
    /// The UUID of this instance (some start with `/` or contain `//`, as real ones do).
    public var uuid: String
    /// The meeting topic (may contain any script or emoji).
    public var topic: String
    /// Instant or scheduled (Zoom's meeting `type`, 1 or 2).
    public var kind: Kind
    /// The user ID of the host.
    public var hostID: String
    /// The host's display name.
    public var hostName: String
    /// The host's email.
    public var hostEmail: String
    /// When the meeting started.
    public var startTime: Date
    /// The (simulated) join link.
    public var joinURL: String
    /// Everyone who joined, including the waiting room and those who left.
    public var participants: [SimulatedParticipant]
    /// The cloud recording state, changed by `recording.*` events.
    public var recording: Recording
    /// Set by `waiting_room.update`.
    public var waitingRoomTitle: String?
    /// Set by `waiting_room.update`.
    public var waitingRoomDescription: String?
}
