/// An in-meeting control sent with `PATCH /live_meetings/{meetingId}/events`.
public enum InMeetingEvent: Sendable, Hashable {
    /// Invite people of the same account by email or user ID (at most 10).
    case inviteContacts([Contact])
    /// Call a phone and bring it in.
    case phoneCallout(PhoneCallout)
    /// Call a SIP or H.323 room system and bring it in.
    case roomSystemCallout(RoomSystemCallout)
    case recording(RecordingAction)
    /// Change the waiting room's title and description.
    case updateWaitingRoom(title: String?, description: String?)

    /// A contact to invite.
    public enum Contact: Sendable, Hashable {
        case email(String)
        case userID(String)
    }

    /// What to do with the cloud recording.
    public enum RecordingAction: String, Sendable, CaseIterable {
        case start, stop, pause, resume
    }

    /// A phone call-out.
    public struct PhoneCallout: Sendable, Hashable {
        public var inviteeName: String
        /// E.164 with the country code, for example `+14155550100`, and an extension after a hyphen (`-156`).
        public var phoneNumber: String
        /// Zoom greets the callee before connecting (`invite_options.require_greeting`; Zoom's default is true).
        public var requireGreeting: Bool
        /// The callee must press 1 to join, which keeps voicemail out (`require_pressing_one`; Zoom's default is true).
        public var requirePressingOne: Bool

        /// A phone call-out; greeting and press-1 default to Zoom's `true`. Check typed input with `CalloutDetails.phoneCallout`.
        public init(
            inviteeName: String, phoneNumber: String, requireGreeting: Bool = true, requirePressingOne: Bool = true
        ) {
            self.inviteeName = inviteeName
            self.phoneNumber = phoneNumber
            self.requireGreeting = requireGreeting
            self.requirePressingOne = requirePressingOne
        }
    }

    /// A room-system call-out.
    public struct RoomSystemCallout: Sendable, Hashable {
        public var callType: RoomSystemCallType
        /// The device's address: a SIP URI, or an H.323 IP address, host, E.164 number or alias.
        public var deviceAddress: String
        /// The name shown for the caller to the room system.
        public var fromDisplayName: String?
        /// The name shown for the room system in the meeting.
        public var toDisplayName: String?
        /// SIP only: the caller's URI (starts `sip:` or `sips:`).
        public var fromURI: String?
        /// SIP only: custom `X-` headers, 1 to 10.
        public var additionalHeaders: [SIPHeader]

        public init(
            callType: RoomSystemCallType, deviceAddress: String, fromDisplayName: String? = nil,
            toDisplayName: String? = nil, fromURI: String? = nil, additionalHeaders: [SIPHeader] = []
        ) {
            self.callType = callType
            self.deviceAddress = deviceAddress
            self.fromDisplayName = fromDisplayName
            self.toDisplayName = toDisplayName
            self.fromURI = fromURI
            self.additionalHeaders = additionalHeaders
        }
    }

    /// A custom SIP header sent with a SIP call-out.
    public struct SIPHeader: Sendable, Hashable, Codable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The `method` Zoom expects for this event.
    public var method: String {
        switch self {
        case .inviteContacts: return "participant.invite"
        case .phoneCallout: return "participant.invite.callout"
        case .roomSystemCallout: return "participant.invite.room_system_callout"
        case .recording(let action): return "recording.\(action.rawValue)"
        case .updateWaitingRoom: return "waiting_room.update"
        }
    }
}
