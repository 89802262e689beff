import FoundationEssentials

/// The simulator's state of one meeting. Its roster is built on first use.
struct MeetingRecord: Sendable {
    var ordinal: Int
    var id: Int64
    var uuid: String
    var topic: String
    /// Instant (started from "New meeting", absent from the host's meeting list) or scheduled.
    var kind: SimulatedMeeting.Kind
    var host: AccountUser
    var startTime: Date
    /// How many participants the meeting starts with.
    var initialCount: Int
    /// The participants, once built (`nil` until something needs them).
    var roster: [SimulatedParticipant]?
    var recording: SimulatedMeeting.Recording = .off
    var waitingRoomTitle: String?
    var waitingRoomDescription: String?
    /// The next per-meeting `user_id` number for someone joining.
    var nextParticipantIndex: Int

    var joinURL: String { Self.joinURL(id: id) }

    /// The (simulated) join link of a meeting ID.
    static func joinURL(id: Int64) -> String { "https://sim.zoom.example/j/\(id)" }

    /// How many participants are present (in the meeting or its waiting room).
    var presentCount: Int {
        roster.map { $0.count(where: \.isPresent) } ?? RosterGenerator.presentCount(of: initialCount)
    }

    /// Whether a SIP or H.323 device is present.
    var hasRoomSystem: Bool {
        guard let roster else { return RosterGenerator.hasRoomSystem(ordinal: ordinal, count: initialCount) }
        return roster.contains { $0.isPresent && $0.device == SimulatedParticipant.roomSystemDevice }
    }

    /// The meeting as the Meeting API writes it; `detailed` adds `host_email` and `status: started`
    /// (`GET /meetings/{meetingId}`).
    func item(detailed: Bool) -> MeetingItem {
        MeetingItem(
            uuid: uuid, id: id, hostId: host.id, hostEmail: detailed ? host.email : nil, topic: topic,
            type: kind.rawValue,
            status: detailed ? "started" : nil, startTime: ZoomTimestamp.string(startTime), joinUrl: joinURL)
    }

    func snapshot(participants: [SimulatedParticipant]) -> SimulatedMeeting {
        SimulatedMeeting(
            id: id, uuid: uuid, topic: topic, kind: kind, hostID: host.id, hostName: host.displayName,
            hostEmail: host.email,
            startTime: startTime, joinURL: joinURL, participants: participants, recording: recording,
            waitingRoomTitle: waitingRoomTitle, waitingRoomDescription: waitingRoomDescription)
    }
}
