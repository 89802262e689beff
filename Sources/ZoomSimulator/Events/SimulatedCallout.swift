import Foundation

/// One call-out the simulator received (room system over SIP/H.323, or phone), and what became of it.
public struct SimulatedCallout: Sendable, Hashable {
    /// Whether Zoom acted on the request.
    public enum Disposition: Sendable, Hashable {
        /// The call was placed.
        case accepted
        /// Answered with 2xx but never placed (the origin failure), with the reason.
        case dropped(reason: String)
    }

    /// What happened to a placed call.
    public enum Outcome: Sendable, Hashable {
        /// Still ringing.
        case ringing
        /// The callee joined the meeting (or its waiting room) as this participant.
        case joined(participantUUID: String, status: SimulatedParticipant.Status)
        /// The callee never joined (unreachable, busy, meeting ended, or the call was dropped).
        case never(reason: String)
    }

    /// One extra SIP header.
    public struct Header: Sendable, Hashable {
        public var key: String
        public var value: String
    }

    public var meetingID: Int64
    public var meetingUUID: String
    /// `participant.invite.room_system_callout` or `participant.invite.callout`.
    public var method: String
    /// `sip` or `h323` for room systems, `nil` for phone call-outs.
    public var callType: String?
    /// The `device_ip` of a room system, or the `phone_number` of a phone call-out.
    public var address: String
    public var toDisplayName: String?
    public var fromDisplayName: String?
    public var fromURI: String?
    public var additionalHeaders: [Header]
    /// The client ID of the app that asked.
    public var clientID: String
    public var requestedAt: Date
    public var disposition: Disposition
    public var outcome: Outcome

    /// Whether the callee ended up in the meeting or its waiting room.
    public var joined: Bool {
        if case .joined = outcome { return true }
        return false
    }
}
