import FoundationEssentials

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
        /// The header name (starts with `X-`).
        public var key: String
        /// The header value.
        public var value: String
    }

    /// The numeric ID of the meeting the call-out was for.
    public var meetingID: Int64
    /// The UUID of that meeting instance.
    public var meetingUUID: String
    /// `participant.invite.room_system_callout` or `participant.invite.callout`.
    public var method: String
    /// `sip` or `h323` for room systems, `nil` for phone call-outs.
    public var callType: String?
    /// The `device_ip` of a room system, or the `phone_number` of a phone call-out.
    public var address: String
    /// The name the callee should show (`to_display_name`, or `invitee_name` for phones).
    public var toDisplayName: String?
    /// The caller name shown to the callee (`from_display_name`).
    public var fromDisplayName: String?
    /// The SIP URI the call comes from (`sip_headers.from_uri`).
    public var fromURI: String?
    /// Extra SIP headers sent with the call.
    public var additionalHeaders: [Header]
    /// The client ID of the app that asked.
    public var clientID: String
    /// When the request arrived.
    public var requestedAt: Date
    /// Whether the call was placed or silently dropped.
    public var disposition: Disposition
    /// Ringing, joined, or never joined.
    public var outcome: Outcome

    /// Whether the callee ended up in the meeting or its waiting room.
    public var joined: Bool {
        if case .joined = outcome { return true }
        return false
    }
}
