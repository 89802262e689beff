import FoundationEssentials

/// One meeting as `GET /meetings/{meetingId}` describes it: any meeting the token can read,
/// instant and personal-room meetings too, with whether it is in progress.
public struct MeetingDetails: Hashable, Sendable, Decodable {
    /// Whether the meeting is in progress, from `status`.
    public enum Status: Hashable, Sendable {
        /// `started`: in progress now.
        case started
        /// `waiting`: scheduled, or not yet started by its host.
        case waiting
        /// A value Zoom may add later, kept as sent.
        case other(String)

        init(_ text: String) {
            switch text.lowercased() {
            case "started": self = .started
            case "waiting": self = .waiting
            default: self = .other(text)
            }
        }
    }

    /// The numeric meeting ID, which the in-meeting endpoints take.
    public var id: Int64
    /// The UUID of the current (or next) instance.
    public var uuid: String
    public var topic: String
    public var hostID: String?
    public var hostEmail: String?
    /// Zoom's meeting `type`: 1 instant, 2 scheduled, 3 and 8 recurring, 4 personal room.
    public var type: Int?
    public var status: Status
    public var startTime: Date?

    public init(
        id: Int64, uuid: String, topic: String, hostID: String? = nil, hostEmail: String? = nil, type: Int? = nil,
        status: Status, startTime: Date? = nil
    ) {
        self.id = id
        self.uuid = uuid
        self.topic = topic
        self.hostID = hostID
        self.hostEmail = hostEmail
        self.type = type
        self.status = status
        self.startTime = startTime
    }

    /// Whether the meeting is in progress.
    public var isStarted: Bool { status == .started }

    /// "857 4606 5432 (Weekly sync)": the meeting's ID as Zoom groups it, and its topic, escaped.
    public var label: String {
        let number = MeetingReference.grouped(id)
        return topic.isEmpty ? number : "\(number) (\(TerminalText.escaped(topic)))"
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: AnyKey.self)
        guard let id = fields.int64("id") else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "meeting without an id"))
        }
        self.init(
            id: id, uuid: fields.string("uuid") ?? "", topic: fields.string("topic") ?? "",
            hostID: fields.string("host_id"), hostEmail: fields.string("host_email"),
            type: fields.int64("type").map { Int(clamping: $0) }, status: Status(fields.string("status") ?? ""),
            startTime: fields.date("start_time"))
    }
}
