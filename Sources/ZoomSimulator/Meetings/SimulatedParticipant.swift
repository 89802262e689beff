import FoundationEssentials

/// One person or device in a simulated meeting, as the Dashboard lists it.
public struct SimulatedParticipant: Sendable, Hashable {
    /// Where the participant is.
    public enum Status: String, Sendable, Hashable {
        case inMeeting = "in_meeting"
        case inWaitingRoom = "in_waiting_room"
    }

    /// Zoom's `participant_uuid`: unique per participant.
    public var participantUUID: String
    /// Zoom's per-meeting participant `user_id`.
    public var userID: String
    /// The account user ID (`id` and `participant_user_id`), `nil` for guests and devices.
    public var accountUserID: String?
    /// The display name (`user_name`), any script.
    public var name: String
    /// The email, for signed-in account users.
    public var email: String?
    /// In the meeting or in its waiting room.
    public var status: Status
    /// As Zoom documents it: `Windows`, `Mac`, `iOS`, `Android`, `Phone`, or `H.323/SIP` for a room system.
    public var device: String
    /// The address the participant connects from.
    public var ipAddress: String?
    /// A city and country as the Dashboard shows it.
    public var location: String?
    /// When the participant joined.
    public var joinTime: Date
    /// Set once the participant left; people who left stay in the list.
    public var leaveTime: Date?
    /// Why the participant left, once they have.
    public var leaveReason: String?
    /// The SIP *Contact* URI of a SIP room system, which may differ from the address dialled.
    public var sipURI: String?
    /// The SIP URI a SIP call came from.
    public var fromSIPURI: String?
    /// A phone participant's number (`audio_call[].call_number`).
    public var callNumber: String?
    /// How many people sit in front of a room system (`in_room_participants`).
    public var inRoomParticipants: Int?

    /// Whether the participant is still in the meeting or its waiting room.
    public var isPresent: Bool { leaveTime == nil }

    /// Creates a participant.
    public init(
        participantUUID: String, userID: String, accountUserID: String? = nil, name: String, email: String? = nil,
        status: Status = .inMeeting, device: String, ipAddress: String? = nil, location: String? = nil,
        joinTime: Date, leaveTime: Date? = nil, leaveReason: String? = nil, sipURI: String? = nil,
        fromSIPURI: String? = nil,
        callNumber: String? = nil, inRoomParticipants: Int? = nil
    ) {
        self.participantUUID = participantUUID
        self.userID = userID
        self.accountUserID = accountUserID
        self.name = name
        self.email = email
        self.status = status
        self.device = device
        self.ipAddress = ipAddress
        self.location = location
        self.joinTime = joinTime
        self.leaveTime = leaveTime
        self.leaveReason = leaveReason
        self.sipURI = sipURI
        self.fromSIPURI = fromSIPURI
        self.callNumber = callNumber
        self.inRoomParticipants = inRoomParticipants
    }

    /// The `device` Zoom reports for SIP and H.323 room systems.
    public static let roomSystemDevice = "H.323/SIP"
    /// The `device` Zoom reports for telephone participants.
    public static let phoneDevice = "Phone"
}
