import Clocks
import FoundationEssentials
import PlainText

/// All mutable state of a running simulator. Requests are handled one at a time on this actor,
/// so every answer sees a consistent account.
///
/// Time-driven changes (a ringing call-out being answered, background activity) are applied
/// lazily by `settle(now:)` at the start of every request and query, so there are no timers to stop.
actor SimulatorState {
    /// A placed call-out waiting to be answered.
    private struct PendingAnswer {
        var calloutIndex: Int
        var ordinal: Int
        var due: Date
    }

    /// A joined room that hangs up when due.
    private struct PendingDrop {
        var ordinal: Int
        var participantUUID: String
        var due: Date
    }

    let configuration: SimulatorConfiguration
    var faults: FaultConfiguration
    var random: SeededGenerator
    var tokens = TokenRegistry()
    var directory: MeetingDirectory
    var pages: PageCursors
    var rateLimiter: RateLimiter
    var calloutLog: [SimulatedCallout] = []
    private var pendingAnswers: [PendingAnswer] = []
    /// Joined rooms of `droppingAddresses` that hang up when due.
    private var pendingDrops: [PendingDrop] = []
    private var nextActivity: Date?
    /// When the first upcoming meeting starts by itself (`firstUpcomingStartsAfter`), until it has.
    private var upcomingStart: Date?
    private var requestLog: [RecordedRequest] = []
    private var apiRequestCount = 0
    /// `http://host:port`, where the simulator is served (redirects and device pages name it).
    let oauthBase: String

    init(configuration: SimulatorConfiguration, baseURL: String) {
        let now = configuration.clock.now
        self.configuration = configuration
        oauthBase = baseURL
        faults = configuration.faults
        var random = SeededGenerator(seed: configuration.seed)
        directory = MeetingDirectory(configuration: configuration, epoch: now, random: &random)
        self.random = random
        pages = PageCursors(maxPageSize: configuration.maxPageSize)
        rateLimiter = RateLimiter(
            plan: configuration.plan, enabled: configuration.rateLimitsEnabled,
            dailyCap: configuration.dailyHeavyRequestCap)
        nextActivity = configuration.activityInterval.map { now.addingTimeInterval(max(0.01, $0)) }
        upcomingStart = configuration.firstUpcomingStartsAfter.map { now.addingTimeInterval(max(0, $0)) }
    }

    // MARK: - Time

    /// The simulator's time: `configuration.clock`'s.
    var now: Date { configuration.clock.now }

    /// Applies everything due by `now`: a scheduled meeting starting, answered call-outs, then background activity.
    func settle(now: Date) {
        if let due = upcomingStart, due <= now {
            upcomingStart = nil
            if let first = directory.upcoming.first { _ = directory.start(upcomingID: first.id, now: due) }
        }
        pendingAnswers.sort { $0.due < $1.due }
        while let first = pendingAnswers.first, first.due <= now {
            pendingAnswers.removeFirst()
            answer(first)
        }
        pendingDrops.sort { $0.due < $1.due }
        while let first = pendingDrops.first, first.due <= now {
            pendingDrops.removeFirst()
            _ = directory.leave(
                first.ordinal, participantUUID: first.participantUUID, reason: "the room system hung up", now: first.due
            )
        }
        if let interval = configuration.activityInterval.map({ max(0.01, $0) }) {
            var ticks = 0
            while let due = nextActivity, due <= now, ticks < 1000 {
                directory.performActivity(now: due, random: &random)
                nextActivity = due.addingTimeInterval(interval)
                ticks += 1
            }
            if let due = nextActivity, due <= now { nextActivity = now.addingTimeInterval(interval) }
        }
    }

    // MARK: - Call-outs

    /// Records a call-out; an accepted one is answered (or not) after the ring time.
    func placeCallout(_ callout: SimulatedCallout, ordinal: Int, now: Date) {
        calloutLog.append(callout)
        guard callout.disposition == .accepted else { return }
        pendingAnswers.append(
            PendingAnswer(
                calloutIndex: calloutLog.count - 1, ordinal: ordinal,
                due: now.addingTimeInterval(max(0, configuration.ringSeconds))))
    }

    private func answer(_ pending: PendingAnswer) {
        let callout = calloutLog[pending.calloutIndex]
        let outcome: SimulatedCallout.Outcome
        if directory.record(pending.ordinal) == nil {
            outcome = .never(reason: "meeting ended")
        } else if Self.matches(callout.address, configuration.unreachableAddresses) {
            outcome = .never(reason: "unreachable")
        } else if Self.matches(callout.address, configuration.busyAddresses) {
            outcome = .never(reason: "busy")
        } else if Self.matches(callout.address, configuration.lookalikeAddresses) {
            directory.join(
                pending.ordinal, name: callout.toDisplayName ?? Self.displayName(for: callout.address),
                device: "Windows",
                status: .inMeeting, ipAddress: "198.51.100.200", now: pending.due, random: &random)
            outcome = .never(reason: "unanswered; a laptop carrying the room's name joined")
        } else {
            let status: SimulatedParticipant.Status =
                Self.matches(callout.address, configuration.waitingRoomAddresses) ? .inWaitingRoom : .inMeeting
            let isPhone = callout.callType == nil
            let joined = directory.join(
                pending.ordinal, name: callout.toDisplayName ?? Self.displayName(for: callout.address),
                device: isPhone ? SimulatedParticipant.phoneDevice : SimulatedParticipant.roomSystemDevice,
                status: status,
                sipURI: callout.callType == "sip"
                    ? ContactURI.reported(forDialled: callout.address, index: pending.calloutIndex) : nil,
                fromSIPURI: callout.fromURI, ipAddress: callout.callType == "h323" ? callout.address : nil,
                callNumber: isPhone ? callout.address : nil, now: pending.due, random: &random)
            outcome =
                joined.map { .joined(participantUUID: $0.participantUUID, status: status) }
                ?? .never(reason: "meeting ended")
            if let joined,
                let seconds = configuration.droppingAddresses.first(where: { Self.matches(callout.address, [$0.key]) })?
                    .value
            {
                pendingDrops.append(
                    PendingDrop(
                        ordinal: pending.ordinal, participantUUID: joined.participantUUID,
                        due: pending.due.addingTimeInterval(max(0, seconds))))
            }
        }
        calloutLog[pending.calloutIndex].outcome = outcome
    }

    /// Whether an address is in a configured set, ignoring case and a `sip:`/`sips:` prefix.
    private static func matches(_ address: String, _ set: Set<String>) -> Bool {
        let wanted = normalized(address)
        return set.contains { normalized($0) == wanted }
    }

    private static func normalized(_ address: String) -> String {
        var text = address.trimmingSpaces().lowercased()
        for prefix in ["sips:", "sip:", "h323:"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        return text
    }

    /// The name a device shows when it gives none: its address without the scheme.
    private static func displayName(for address: String) -> String {
        var text = address.trimmingSpaces()
        for prefix in ["sips:", "sip:", "h323:"] where text.lowercased().hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        return text
    }

    // MARK: - Requests

    /// Counts an API request; every Nth expires all tokens when so configured.
    func countAPIRequest(now: Date) {
        apiRequestCount += 1
        if let every = faults.expireTokensEveryRequests, every > 0, apiRequestCount % every == 0 {
            tokens.expireAll(now: now)
        }
    }

    /// Draws the fault decisions for one API request.
    func planFaults(method: String) -> FaultPlan {
        FaultPlan(faults, method: method, random: &random)
    }

    func record(_ entry: RecordedRequest) {
        requestLog.append(entry)
    }

    func recordedRequests() -> [RecordedRequest] {
        requestLog
    }

    // MARK: - Test controls

    func setFaults(_ faults: FaultConfiguration) {
        self.faults = faults
    }

    func forceRateLimit(next count: Int, retryAfter: String?, type: String, method: String?) {
        rateLimiter.forced = RateLimiter.Forced(remaining: count, retryAfter: retryAfter, type: type, method: method)
    }

    func expireAllTokens() {
        tokens.expireAll(now: now)
    }

    func issueToken(for app: SimulatedApp, scopes: [String]?, lifetime: TimeInterval?) -> String {
        tokens.issue(
            for: app, scopes: scopes ?? app.scopes, lifetime: lifetime ?? configuration.tokenLifetime,
            now: now, using: &random
        ).value
    }

    func approveDevice(userCode: String) -> Bool {
        tokens.approveDevice(userCode: userCode)
    }

    func liveMeetings() -> [SimulatedMeeting] {
        settle(now: now)
        return directory.snapshots()
    }

    func upcomingMeetings() -> [UpcomingMeeting] {
        settle(now: now)
        return directory.upcoming
    }

    func startUpcomingMeeting(id: Int64) -> Bool {
        settle(now: now)
        return directory.start(upcomingID: id, now: now)
    }

    func liveMeetingIDs() -> [Int64] {
        settle(now: now)
        return directory.liveOrdinals.compactMap { directory.record($0)?.id }
    }

    func join(meetingID: Int64, name: String, device: String) -> Bool {
        settle(now: now)
        guard let ordinal = directory.ordinal(for: String(meetingID)) else { return false }
        return directory.join(ordinal, name: name, device: device, status: .inMeeting, now: now, random: &random) != nil
    }

    func callouts() -> [SimulatedCallout] {
        settle(now: now)
        return calloutLog
    }

    func hangUp(meetingID: Int64, address: String) -> Bool {
        settle(now: now)
        guard let ordinal = directory.ordinal(for: String(meetingID)) else { return false }
        let joined = calloutLog.compactMap { callout -> String? in
            guard callout.meetingID == meetingID, Self.matches(callout.address, [address]),
                case .joined(let participantUUID, _) = callout.outcome
            else { return nil }
            return participantUUID
        }
        return joined.reduce(false) { left, uuid in
            directory.leave(ordinal, participantUUID: uuid, reason: "hung up", now: now) || left
        }
    }

    func endMeeting(meetingID: Int64) -> Bool {
        settle(now: now)
        guard let ordinal = directory.ordinal(for: String(meetingID)) else { return false }
        directory.end(ordinal)
        return true
    }
}
