import FoundationEssentials

/// A scheduled meeting that has not started: `GET /meetings/{id}` answers `status: waiting`,
/// the host's scheduled list has it, and the live lists, the Dashboard and the in-meeting
/// endpoints do not (404 code 3001).
public struct UpcomingMeeting: Sendable, Hashable {
    /// The numeric meeting ID.
    public var id: Int64
    /// The UUID the meeting will have.
    public var uuid: String
    public var topic: String
    /// The user ID of the host.
    public var hostID: String
    /// When it is scheduled to start.
    public var startTime: Date

    /// The upcoming meetings of an account: one per user in turn, starting in the next hours.
    /// Drawn from their own random stream, so the live meetings are the same with or without them.
    static func schedule(
        count: Int, users: [AccountUser], seed: UInt64, epoch: Date,
        avoiding taken: Set<Int64>
    ) -> [UpcomingMeeting] {
        var random = SeededGenerator(seed: seed, stream: 0x5C4E_D01E)
        var used = taken
        return (0..<max(0, count)).map { index in
            var id: Int64
            repeat {
                id = Int64.random(in: 80_000_000_000...99_999_999_999, using: &random)
            } while !used.insert(id).inserted
            let host = users[index % max(1, users.count)]
            return UpcomingMeeting(
                id: id, uuid: Data(random.bytes(16)).base64EncodedString(),
                topic: "Upcoming: " + NamePool.topics[(index + 1) % NamePool.topics.count],
                hostID: host.id, startTime: epoch.addingTimeInterval(Double(index + 1) * 3600))
        }
    }

    /// The meeting as the Meeting API writes it; `hostEmail` adds it and `status: waiting`
    /// (`GET /meetings/{meetingId}`).
    func item(hostEmail: String? = nil) -> MeetingItem {
        MeetingItem(
            uuid: uuid, id: id, hostId: hostID, hostEmail: hostEmail, topic: topic,
            type: SimulatedMeeting.Kind.scheduled.rawValue,
            status: hostEmail == nil ? nil : "waiting", startTime: ZoomTimestamp.string(startTime),
            joinUrl: MeetingRecord.joinURL(id: id))
    }
}
