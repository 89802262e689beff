import FoundationEssentials

/// The account's users and live meetings.
struct MeetingDirectory: Sendable {
    let users: [AccountUser]
    private let generator: RosterGenerator
    private var records: [Int: MeetingRecord] = [:]
    /// Ordinals of the live meetings, in start order.
    private(set) var liveOrdinals: [Int] = []
    private var ordinalByID: [Int64: Int] = [:]
    private var ordinalByUUID: [String: Int] = [:]
    /// Scheduled meetings that have not started.
    private(set) var upcoming: [UpcomingMeeting]

    init(configuration: SimulatorConfiguration, epoch: Date, random: inout SeededGenerator) {
        var users = AccountUser.roster(for: configuration.apps)
        if let text = configuration.strangerText {
            for index in users.indices { users[index].lastName += text }
        }
        self.users = users
        generator = RosterGenerator(seed: configuration.seed, epoch: epoch)
        for ordinal in 0..<max(0, configuration.meetingCount) {
            var id: Int64
            repeat {
                id = Int64.random(in: 80_000_000_000...99_999_999_999, using: &random)
            } while ordinalByID[id] != nil
            let record = MeetingRecord(
                ordinal: ordinal, id: id, uuid: Self.makeUUID(ordinal: ordinal, using: &random),
                topic: NamePool.topics[ordinal % NamePool.topics.count] + (configuration.strangerText ?? ""),
                kind: Self.kind(ordinal: ordinal),
                host: users[ordinal % users.count],
                startTime: epoch.addingTimeInterval(-Double.random(in: 600...7200, using: &random).rounded()),
                initialCount: Self.initialCount(ordinal: ordinal, configuration),
                nextParticipantIndex: Self.initialCount(ordinal: ordinal, configuration))
            records[ordinal] = record
            liveOrdinals.append(ordinal)
            ordinalByID[id] = ordinal
            ordinalByUUID[record.uuid] = ordinal
        }
        upcoming = UpcomingMeeting.schedule(
            count: configuration.upcomingMeetingCount, users: users, seed: configuration.seed,
            epoch: epoch, avoiding: Set(ordinalByID.keys)
        )
        .map { meeting in
            var meeting = meeting
            meeting.topic += configuration.strangerText ?? ""
            return meeting
        }
    }

    /// Every third meeting was started on the spot (instant), the others were scheduled; with the
    /// hosts taken in turn, most hosts have some of each.
    private static func kind(ordinal: Int) -> SimulatedMeeting.Kind {
        ordinal % 3 == 2 ? .instant : .scheduled
    }

    /// How many participants a meeting starts with.
    private static func initialCount(ordinal: Int, _ configuration: SimulatorConfiguration) -> Int {
        max(
            1,
            ordinal == 0
                ? configuration.firstMeetingParticipants ?? configuration.participantsPerMeeting
                : configuration.participantsPerMeeting)
    }

    /// A meeting UUID: 16 random bytes in base64. The second meeting's starts with `/` and
    /// contains `//`, so clients must double-encode it in paths as Zoom requires.
    private static func makeUUID(ordinal: Int, using random: inout SeededGenerator) -> String {
        var text = Array(Data(random.bytes(16)).base64EncodedString())
        if ordinal == 1 {
            text[0] = "/"
            text[9] = "/"
            text[10] = "/"
        }
        return String(text)
    }

    // MARK: - Lookup

    /// The live meeting a decoded path segment (numeric ID or UUID) names.
    func ordinal(for reference: String) -> Int? {
        let ordinal = Int64(reference).flatMap { ordinalByID[$0] } ?? ordinalByUUID[reference]
        return ordinal.flatMap { records[$0] != nil ? $0 : nil }
    }

    func record(_ ordinal: Int) -> MeetingRecord? { records[ordinal] }

    func user(_ id: String) -> AccountUser? { users.first { $0.id == id } }

    /// The live meetings a user hosts.
    func ordinals(hostedBy userID: String) -> [Int] {
        liveOrdinals.filter { records[$0]?.host.id == userID }
    }

    /// The scheduled meeting with this numeric ID or UUID that has not started.
    func upcomingMeeting(_ reference: String) -> UpcomingMeeting? {
        upcoming.first { String($0.id) == reference || $0.uuid == reference }
    }

    // MARK: - Participants

    /// The meeting's participants, building the roster on first use.
    mutating func participants(of ordinal: Int) -> [SimulatedParticipant] {
        materialize(ordinal)
        return records[ordinal]?.roster ?? []
    }

    private mutating func materialize(_ ordinal: Int) {
        guard let record = records[ordinal], record.roster == nil else { return }
        records[ordinal]?.roster = generator.roster(
            ordinal: ordinal, count: record.initialCount, host: record.host, start: record.startTime)
    }

    /// Adds someone who joins now; returns the participant.
    @discardableResult
    mutating func join(
        _ ordinal: Int, name: String, device: String, status: SimulatedParticipant.Status,
        sipURI: String? = nil, fromSIPURI: String? = nil, ipAddress: String? = nil, callNumber: String? = nil,
        now: Date, random: inout SeededGenerator
    ) -> SimulatedParticipant? {
        materialize(ordinal)
        guard let record = records[ordinal] else { return nil }
        let participant = SimulatedParticipant(
            participantUUID: RosterGenerator.participantUUID(using: &random),
            userID: RosterGenerator.participantUserID(record.nextParticipantIndex),
            name: name, status: status, device: device, ipAddress: ipAddress, joinTime: now, sipURI: sipURI,
            fromSIPURI: fromSIPURI,
            callNumber: callNumber)
        records[ordinal]?.nextParticipantIndex += 1
        records[ordinal]?.roster?.append(participant)
        return participant
    }

    /// Marks a present participant as having left; whether one was found.
    mutating func leave(_ ordinal: Int, participantUUID: String, reason: String, now: Date) -> Bool {
        materialize(ordinal)
        guard
            let index = records[ordinal]?.roster?.firstIndex(where: {
                $0.participantUUID == participantUUID && $0.isPresent
            })
        else {
            return false
        }
        records[ordinal]?.roster?[index].leaveTime = now
        records[ordinal]?.roster?[index].leaveReason = reason
        return true
    }

    /// Moves someone from the waiting room into the meeting.
    mutating func admit(_ ordinal: Int, participantUUID: String) {
        guard let index = records[ordinal]?.roster?.firstIndex(where: { $0.participantUUID == participantUUID }) else {
            return
        }
        records[ordinal]?.roster?[index].status = .inMeeting
    }

    // MARK: - Meeting state

    mutating func update(_ ordinal: Int, _ change: (inout MeetingRecord) -> Void) {
        guard var record = records[ordinal] else { return }
        change(&record)
        records[ordinal] = record
    }

    /// Starts a scheduled meeting now, as if its host clicked Start: it leaves the upcoming list and
    /// goes live with its host alone; whether it was upcoming.
    mutating func start(upcomingID id: Int64, now: Date) -> Bool {
        guard let index = upcoming.firstIndex(where: { $0.id == id }) else { return false }
        let meeting = upcoming.remove(at: index)
        let ordinal = (records.keys.max() ?? -1) + 1
        records[ordinal] = MeetingRecord(
            ordinal: ordinal, id: meeting.id, uuid: meeting.uuid, topic: meeting.topic, kind: .scheduled,
            host: user(meeting.hostID) ?? users[0], startTime: now, initialCount: 1, nextParticipantIndex: 1)
        liveOrdinals.append(ordinal)
        ordinalByID[meeting.id] = ordinal
        ordinalByUUID[meeting.uuid] = ordinal
        return true
    }

    /// Ends a meeting: it leaves the live list and can no longer be found.
    mutating func end(_ ordinal: Int) {
        guard let record = records.removeValue(forKey: ordinal) else { return }
        liveOrdinals.removeAll { $0 == ordinal }
        ordinalByID[record.id] = nil
        ordinalByUUID[record.uuid] = nil
    }

    /// A snapshot of every live meeting with its participants.
    mutating func snapshots() -> [SimulatedMeeting] {
        liveOrdinals.compactMap { ordinal in
            let participants = participants(of: ordinal)
            return records[ordinal]?.snapshot(participants: participants)
        }
    }

    // MARK: - Background activity

    /// One background change in a random live meeting: someone joins (perhaps into the waiting
    /// room), someone present leaves, or someone waiting is admitted.
    mutating func performActivity(now: Date, random: inout SeededGenerator) {
        guard let ordinal = liveOrdinals.randomElement(using: &random) else { return }
        let roster = participants(of: ordinal)
        let roll = Int.random(in: 0..<10, using: &random)
        let waiting = roster.filter { $0.isPresent && $0.status == .inWaitingRoom }
        let leavers = roster.dropFirst().filter { $0.isPresent && $0.status == .inMeeting }
        if roll < 3, let admitted = waiting.randomElement(using: &random) {
            admit(ordinal, participantUUID: admitted.participantUUID)
        } else if roll < 6, let leaver = leavers.randomElement(using: &random) {
            _ = leave(ordinal, participantUUID: leaver.participantUUID, reason: "left the meeting", now: now)
        } else {
            join(
                ordinal, name: NamePool.people.randomElement(using: &random)!,
                device: NamePool.devices.randomElement(using: &random)!,
                status: roll == 9 ? .inWaitingRoom : .inMeeting, now: now, random: &random)
        }
    }
}
