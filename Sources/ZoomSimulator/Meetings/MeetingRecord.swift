import Foundation

/// The simulator's state of one meeting. Its roster is built on first use.
struct MeetingRecord: Sendable {
    var ordinal: Int
    var id: Int64
    var uuid: String
    var topic: String
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

    var joinURL: String { "https://sim.zoom.example/j/\(id)" }

    /// How many participants are present (in the meeting or its waiting room).
    var presentCount: Int {
        roster.map { $0.count(where: \.isPresent) } ?? RosterGenerator.presentCount(of: initialCount)
    }

    /// Whether a SIP or H.323 device is present.
    var hasRoomSystem: Bool {
        guard let roster else { return RosterGenerator.hasRoomSystem(ordinal: ordinal, count: initialCount) }
        return roster.contains { $0.isPresent && $0.device == SimulatedParticipant.roomSystemDevice }
    }

    func snapshot(participants: [SimulatedParticipant]) -> SimulatedMeeting {
        SimulatedMeeting(id: id, uuid: uuid, topic: topic, hostID: host.id, hostName: host.displayName, hostEmail: host.email,
                         startTime: startTime, joinURL: joinURL, participants: participants, recording: recording,
                         waitingRoomTitle: waitingRoomTitle, waitingRoomDescription: waitingRoomDescription)
    }
}
