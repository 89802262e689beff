import FoundationEssentials

/// Generates a meeting's starting participants deterministically from the seed and the meeting's
/// ordinal, so that rosters can be built lazily (a meeting of 10,000 is only built when asked for).
///
/// Pattern by position: 0 is the host; every 8th from 5 on has left; every 8th from 7 on waits in
/// the waiting room; in every other meeting position 2 is a SIP room system.
struct RosterGenerator {
    var seed: UInt64
    /// When the simulator started: everyone generated joined (and left) before it.
    var epoch: Date

    static let roomSystemURI = "sip:boardroom@rooms.sim.example.com"

    static func hasLeft(_ index: Int) -> Bool { index % 8 == 5 }
    static func isWaiting(_ index: Int) -> Bool { index % 8 == 7 }
    static func isRoomSystem(ordinal: Int, index: Int) -> Bool { ordinal % 2 == 0 && index == 2 }

    /// How many of the first `count` generated participants are still present.
    static func presentCount(of count: Int) -> Int {
        count - (count > 5 ? (count - 6) / 8 + 1 : 0)
    }

    /// Whether the generated roster of a meeting includes a SIP room system.
    static func hasRoomSystem(ordinal: Int, count: Int) -> Bool {
        isRoomSystem(ordinal: ordinal, index: 2) && count > 2
    }

    /// The per-meeting participant `user_id` of the participant at `index`.
    static func participantUserID(_ index: Int) -> String { String(16_778_240 + index) }

    /// The first `count` participants of a meeting.
    func roster(ordinal: Int, count: Int, host: AccountUser, start: Date) -> [SimulatedParticipant] {
        var random = SeededGenerator(seed: seed, stream: UInt64(ordinal) &+ 1)
        let span = max(1, epoch.timeIntervalSince(start))
        return (0..<count).map { index in
            let join = index == 0 ? start : start.addingTimeInterval(Double.random(in: 0..<span, using: &random))
            var participant = SimulatedParticipant(
                participantUUID: Self.participantUUID(using: &random),
                userID: Self.participantUserID(index),
                name: NamePool.people.randomElement(using: &random)!,
                device: NamePool.devices.randomElement(using: &random)!,
                ipAddress: "198.51.100.\(index % 250 + 1)",
                location: NamePool.locations.randomElement(using: &random)!,
                joinTime: join)
            if index == 0 {
                participant.accountUserID = host.id
                participant.name = host.displayName
                participant.email = host.email
            } else if Self.isRoomSystem(ordinal: ordinal, index: index) {
                participant.name = "Board Room"
                participant.device = SimulatedParticipant.roomSystemDevice
                participant.sipURI = Self.roomSystemURI
                participant.location = nil
                participant.inRoomParticipants = 6
            } else if Self.hasLeft(index) {
                participant.leaveTime = join.addingTimeInterval(
                    Double.random(in: 0..<max(1, epoch.timeIntervalSince(join)), using: &random))
                participant.leaveReason = "left the meeting"
            } else if Self.isWaiting(index) {
                participant.status = .inWaitingRoom
            }
            return participant
        }
    }

    /// A random participant UUID in the usual 8-4-4-4-12 hex form.
    static func participantUUID(using random: inout SeededGenerator) -> String {
        let halves = (random.next(), random.next())
        return withUnsafeBytes(of: halves) { UUID(uuid: $0.load(as: uuid_t.self)) }.uuidString
    }
}
