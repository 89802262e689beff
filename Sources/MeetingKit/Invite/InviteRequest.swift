import FoundationEssentials

/// A room-system call-out to run through the invite workflow. Build it from validated parts.
public struct InviteRequest: Sendable {
    public var meeting: MeetingReference
    public var target: RoomSystemAddress
    /// The name the room system gets in the meeting (`to_display_name`).
    public var displayName: String?
    /// The caller name the room system shows (`from_display_name`).
    public var fromDisplayName: String?
    /// SIP only: the caller URI (`from_uri`).
    public var fromURI: String?
    /// SIP only: custom `X-` headers.
    public var headers: [InMeetingEvent.SIPHeader]
    /// How long to watch for the room system after Zoom accepted the call-out.
    public var timeout: TimeInterval
    /// Whether to watch the participants for the room system after sending.
    public var verify: Bool
    /// Send even when the granted scopes say the call-out cannot work.
    public var force: Bool

    public init(
        meeting: MeetingReference, target: RoomSystemAddress, displayName: String? = nil,
        fromDisplayName: String? = nil, fromURI: String? = nil, headers: [InMeetingEvent.SIPHeader] = [],
        timeout: TimeInterval = 60, verify: Bool = true, force: Bool = false
    ) {
        self.meeting = meeting
        self.target = target
        self.displayName = displayName
        self.fromDisplayName = fromDisplayName
        self.fromURI = fromURI
        self.headers = headers
        self.timeout = timeout
        self.verify = verify
        self.force = force
    }

    /// Checks the optional parts (names, caller URI, headers) before anything is sent.
    public func validated() throws(InputError) -> InviteRequest {
        var copy = self
        copy.displayName = try displayName.map(CalloutDetails.displayName)
        copy.fromDisplayName = try fromDisplayName.map(CalloutDetails.displayName)
        if target.callType == .h323, fromURI != nil || !headers.isEmpty {
            throw .other("a caller URI and custom headers are for SIP call-outs only")
        }
        copy.fromURI = try fromURI.map(CalloutDetails.fromURI)
        try CalloutDetails.validate(headers: headers)
        guard timeout >= 1, timeout <= 900 else { throw .other("the verification timeout must be 1 to 900 seconds") }
        return copy
    }

    /// The event Zoom receives.
    var event: InMeetingEvent {
        .roomSystemCallout(
            .init(
                callType: target.callType, deviceAddress: target.address, fromDisplayName: fromDisplayName,
                toDisplayName: displayName, fromURI: fromURI, additionalHeaders: headers))
    }
}
