import FoundationEssentials

/// One person or device in a live meeting, from the Dashboard's live participant list.
public struct Participant: Hashable, Sendable, Decodable, Identifiable {
    /// Where the participant is.
    public enum Status: String, Sendable, Codable {
        case inMeeting = "in_meeting"
        case inWaitingRoom = "in_waiting_room"
    }

    /// A stable identity for lists: the participant UUID, or the user ID, or name and join time.
    public var id: String
    public var userID: String?
    public var participantUUID: String?
    public var name: String
    public var email: String?
    public var status: Status
    /// How the participant joined, as Zoom names it: `Phone`, `H.323/SIP`, `Windows`, `Mac`, `iOS`, `Android` (others possible).
    public var device: String?
    public var joinTime: Date?
    /// Set once the participant has left; the Dashboard list keeps people who left.
    public var leaveTime: Date?
    public var leaveReason: String?
    /// The SIP URI of a SIP room system, as Zoom reports it.
    public var sipURI: String?
    /// The SIP URI the call came from.
    public var fromSIPURI: String?
    public var ipAddress: String?
    /// The account user's ID (`participant_user_id`), `nil` for guests and devices.
    public var participantUserID: String?
    /// The telephone legs of a participant who called in or was called (`audio_call`).
    public var audioCalls: [AudioCall]
    /// How many people sit in front of a Zoom Room (`in_room_participants`), when Zoom says.
    public var inRoomParticipants: Int?

    public init(
        id: String, userID: String? = nil, participantUUID: String? = nil, name: String,
        email: String? = nil, status: Status = .inMeeting, device: String? = nil,
        joinTime: Date? = nil, leaveTime: Date? = nil, leaveReason: String? = nil,
        sipURI: String? = nil, fromSIPURI: String? = nil, ipAddress: String? = nil,
        participantUserID: String? = nil, audioCalls: [AudioCall] = [], inRoomParticipants: Int? = nil
    ) {
        self.id = id
        self.userID = userID
        self.participantUUID = participantUUID
        self.name = name
        self.email = email
        self.status = status
        self.device = device
        self.joinTime = joinTime
        self.leaveTime = leaveTime
        self.leaveReason = leaveReason
        self.sipURI = sipURI
        self.fromSIPURI = fromSIPURI
        self.ipAddress = ipAddress
        self.participantUserID = participantUserID
        self.audioCalls = audioCalls
        self.inRoomParticipants = inRoomParticipants
    }

    /// Whether the participant is still in the meeting or its waiting room.
    public var isPresent: Bool { leaveTime == nil }

    /// The `device` Zoom reports for a SIP or H.323 room system.
    public static let roomSystemDevice = "H.323/SIP"

    /// Whether Zoom reports this participant as a SIP or H.323 room system (`device` `H.323/SIP`;
    /// the older `SIP` and `H.323` are read the same way).
    public var isRoomSystem: Bool {
        guard let device = device?.lowercased().filter({ $0 != " " }) else { return false }
        return [Self.roomSystemDevice.lowercased(), "sip/h.323", "sip", "h.323", "h323"].contains(device)
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: AnyKey.self)
        let name = fields.string("user_name") ?? fields.string("name") ?? ""
        let join = fields.date("join_time")
        let uuid = fields.string("participant_uuid").flatMap { $0.isEmpty ? nil : $0 }
        let user = fields.string("user_id").flatMap { $0.isEmpty ? nil : $0 }
        let plainID = fields.string("id").flatMap { $0.isEmpty ? nil : $0 }
        let fallbackID = "\(name)@\(join.map { String(Int($0.timeIntervalSince1970)) } ?? "?")"
        self.init(
            id: uuid ?? user ?? plainID ?? fallbackID,
            userID: user,
            participantUUID: uuid,
            name: name,
            email: fields.string("email").flatMap { $0.isEmpty ? nil : $0 },
            status: fields.string("status").flatMap(Status.init(rawValue:)) ?? .inMeeting,
            device: fields.string("device"),
            joinTime: join,
            leaveTime: fields.string("leave_time").flatMap { $0.isEmpty ? nil : ZoomDate.parse($0) },
            leaveReason: fields.string("leave_reason").flatMap { $0.isEmpty ? nil : $0 },
            sipURI: fields.string("sip_uri").flatMap { $0.isEmpty ? nil : $0 },
            fromSIPURI: fields.string("from_sip_uri").flatMap { $0.isEmpty ? nil : $0 },
            ipAddress: fields.string("ip_address").flatMap { $0.isEmpty ? nil : $0 },
            participantUserID: fields.string("participant_user_id").flatMap { $0.isEmpty ? nil : $0 },
            audioCalls: fields.lenientArray("audio_call", of: AudioCall.self),
            inRoomParticipants: fields.int64("in_room_participants").flatMap { Int(exactly: $0) }
        )
    }
}
