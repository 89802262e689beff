import Foundation

/// A snapshot of one live meeting of the simulated account.
public struct SimulatedMeeting: Sendable, Hashable {
    /// The cloud recording state of a meeting.
    public enum Recording: String, Sendable, Hashable {
        case off
        case recording
        case paused
    }

    /// The numeric meeting ID.
    public var id: Int64
    /// The UUID of this instance (some start with `/` or contain `//`, as real ones do).
    public var uuid: String
    public var topic: String
    public var hostID: String
    public var hostName: String
    public var hostEmail: String
    public var startTime: Date
    public var joinURL: String
    /// Everyone who joined, including the waiting room and those who left.
    public var participants: [SimulatedParticipant]
    public var recording: Recording
    public var waitingRoomTitle: String?
    public var waitingRoomDescription: String?
}
