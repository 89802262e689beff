import FoundationEssentials

/// A meeting in progress, from either `/users/{id}/meetings?type=live` or the Dashboard's
/// `/metrics/meetings?type=live`. Dashboard-only fields are `nil` when the list came from the user endpoint.
public struct LiveMeeting: Hashable, Sendable, Decodable, Identifiable {
    /// The numeric meeting ID.
    public var id: Int64
    /// The UUID of this instance.
    public var uuid: String
    public var topic: String
    public var hostID: String?
    /// The host's display name (Dashboard only).
    public var hostName: String?
    /// The host's email (Dashboard only).
    public var hostEmail: String?
    public var startTime: Date?
    public var joinURL: String?
    /// How many people are in the meeting (Dashboard only).
    public var participantCount: Int?
    /// Whether a SIP or H.323 device is connected (Dashboard only).
    public var hasSIP: Bool?

    public init(
        id: Int64, uuid: String, topic: String, hostID: String? = nil, hostName: String? = nil,
        hostEmail: String? = nil, startTime: Date? = nil, joinURL: String? = nil,
        participantCount: Int? = nil, hasSIP: Bool? = nil
    ) {
        self.id = id
        self.uuid = uuid
        self.topic = topic
        self.hostID = hostID
        self.hostName = hostName
        self.hostEmail = hostEmail
        self.startTime = startTime
        self.joinURL = joinURL
        self.participantCount = participantCount
        self.hasSIP = hasSIP
    }

    /// How this meeting is addressed in request paths (its numeric ID: the current instance).
    public var reference: MeetingReference { .id(id) }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: AnyKey.self)
        guard let id = fields.int64("id") else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "meeting without an id"))
        }
        self.init(
            id: id,
            uuid: fields.string("uuid") ?? "",
            topic: fields.string("topic") ?? "",
            hostID: fields.string("host_id"),
            hostName: fields.string("host"),
            hostEmail: fields.string("email"),
            startTime: fields.date("start_time"),
            joinURL: fields.string("join_url"),
            participantCount: fields.int64("participants").map { Int(clamping: $0) },
            hasSIP: fields.bool("has_sip")
        )
    }
}
