import FoundationEssentials

/// Brings a room system into a meeting and finds out whether it really joined:
/// validate, preflight the scopes, send the call-out once, then watch the live participants.
/// Shared by the command line and the console. Every run ends in one `InviteReport`, written to the audit log.
public final class InviteWorkflow: Sendable {
    private let client: ZoomClient
    private let scopes: GrantedScopes
    private let source: CredentialSource?
    private let clock: any MeetingClock
    private let auditLog: AuditLog?
    /// Seconds between participant reads while verifying. Dashboard participants are a Heavy-label
    /// endpoint (1 request/s on Free plans, shared by every app of the account): 2 s keeps well inside it.
    private let pollInterval: TimeInterval
    /// Spaces call-outs that run side by side (several rooms at once); `nil` sends at once.
    private let pacer: CalloutPacer?

    public init(
        client: ZoomClient, scopes: GrantedScopes, source: CredentialSource? = nil,
        clock: any MeetingClock = SystemClock(), auditLog: AuditLog? = nil, pollInterval: TimeInterval = 2,
        pacer: CalloutPacer? = nil
    ) {
        self.client = client
        self.scopes = scopes
        self.source = source
        self.clock = clock
        self.auditLog = auditLog
        self.pollInterval = max(0.05, pollInterval)
        self.pacer = pacer
    }

    /// The same workflow for one of `rooms` invites running side by side: its call-out waits for
    /// its turn at `pacer`, and it reads the participants `rooms` times less often, so that all of
    /// them together read no more than one invite alone (the participants are Heavy-label).
    public func sharing(with rooms: Int, pacer: CalloutPacer) -> InviteWorkflow {
        InviteWorkflow(
            client: client, scopes: scopes, source: source, clock: clock, auditLog: auditLog,
            pollInterval: pollInterval * Double(max(1, rooms)), pacer: pacer)
    }

    /// The audit log's action for a room-system call-out.
    public static let calloutAction = "room_system_callout"
    /// The audit log's action for a kept room called again after it left (`RoomKeeper`).
    public static let redialAction = "room_system_redial"

    /// Runs the whole invite and returns its one outcome. Never throws: every failure is an outcome.
    /// The audit log records it under `action` (a redial of a kept room is `redialAction`).
    public func run(
        _ request: InviteRequest, action: String = calloutAction,
        progress: @escaping @Sendable (InviteProgress) -> Void = { _ in }
    ) async -> InviteReport {
        await performAndAudit(request, startWait: nil, action: action, progress: progress)
    }

    /// Sets a call-out up before the meeting starts: checks the request and the scopes now, then
    /// waits at most `limit` seconds for the meeting to go live (`MeetingStartWaiter`, one read of
    /// `GET /meetings/{meetingId}` every `pace` seconds), sending nothing before that, and then runs
    /// the invite as `run` does. When the wait runs out (or is cancelled) nothing was sent.
    public func runWhenLive(
        _ request: InviteRequest, waitingAtMost limit: TimeInterval, pace: TimeInterval = MeetingStartWaiter.pace,
        progress: @escaping @Sendable (InviteProgress) -> Void = { _ in }
    ) async -> InviteReport {
        await performAndAudit(
            request, startWait: StartWait(limit: limit, pace: pace), action: Self.calloutAction, progress: progress)
    }

    /// Runs the invite's steps and records the report in the audit log under `action`.
    private func performAndAudit(
        _ request: InviteRequest, startWait: StartWait?, action: String,
        progress: @escaping @Sendable (InviteProgress) -> Void
    ) async -> InviteReport {
        var run = Run(request: request, started: clock.now)
        var report = await perform(&run, startWait: startWait, progress: progress)
        report.auditProblem = audit(report, action: action)
        return report
    }

    /// The state of one run, so that each step can end it with a report.
    private struct Run {
        var request: InviteRequest
        let started: Date
        var warnings: [String] = []
        /// Whether the call-out went out (Zoom accepted it, or its answer was lost).
        var sent = false
        /// Who was in the meeting before the call-out (participant ids): an earlier arrival is not the room.
        var alreadyPresent: Set<String> = []
        /// Why the room's arrival cannot be seen, when the participants cannot be read.
        var verifyBlocker: String?
        /// Zoom's answer to the call-out was lost: it may or may not have been processed.
        var lostAnswer: FailureAnalysis?
    }

    /// How long a `--when-live` invite waits for its meeting to start, and how often it looks.
    private struct StartWait {
        let limit: TimeInterval
        let pace: TimeInterval
    }

    /// The invite, step by step. Each step either ends the run with its report or hands on to the
    /// next; the room is reported as joined only when it was seen among the meeting's participants.
    private func perform(
        _ run: inout Run, startWait: StartWait?,
        progress: @escaping @Sendable (InviteProgress) -> Void
    ) async -> InviteReport {
        if let refusal = preflight(&run, progress: progress) { return refusal }
        if let startWait, let notStarted = await waitForStart(&run, startWait, progress: progress) { return notStarted }
        if let refusal = await lookBeforeSending(&run) { return refusal }
        if let cancelled = await waitForTurn(run) { return cancelled }
        progress(.sending)
        let sentAt = clock.now
        if let failure = await send(&run) { return failure }
        if let unverifiable = unverifiable(run) { return unverifiable }
        return await watchUntilJoined(&run, since: sentAt, progress: progress)
    }

    /// Checks the request and the token's scopes before anything is sent; the refusal when they do not allow it.
    private func preflight(_ run: inout Run, progress: @escaping @Sendable (InviteProgress) -> Void) -> InviteReport? {
        progress(.preflight)
        do {
            run.request = try run.request.validated()
        } catch {
            return report(run, .refused, reason: error.description, cause: .zoomRefused(code: nil))
        }
        if let problem = ScopeAdvice.problem(for: .roomSystemCallout, scopes: scopes, source: source) {
            guard run.request.force else {
                return scopeRefusal(
                    run, reason: "Nothing was sent: \(problem)",
                    cause: .missingScopes(Capability.roomSystemCallout.acceptedScopes))
            }
            run.warnings.append("sent with --force although \(problem) Zoom may accept it and drop it silently")
        }
        if scopes == .unknown { run.warnings.append(ScopeAdvice.unknownScopes) }
        return nil
    }

    /// Waits for the run's meeting to start and points the run at it; the report when it did not,
    /// or when the wait was cancelled (nothing was sent either way).
    private func waitForStart(
        _ run: inout Run, _ startWait: StartWait,
        progress: @escaping @Sendable (InviteProgress) -> Void
    ) async -> InviteReport? {
        let waiter = MeetingStartWaiter(client: client, scopes: scopes, clock: clock, pace: startWait.pace)
        do {
            switch try await waiter.wait(
                for: run.request.meeting, atMost: startWait.limit,
                progress: {
                    if case .waiting(let details, let remaining) = $0 {
                        progress(.waitingForStart(details, remaining: remaining))
                    }
                })
            {
            case .started(let live, _):
                run.request.meeting = live
                guard !Task.isCancelled else {
                    return report(
                        run, .refused, reason: "Cancelled as meeting \(live) started; nothing was sent",
                        cause: .meetingNotStarted)
                }
                return nil
            case .timedOut(let details):
                return report(
                    run, .notJoined,
                    reason:
                        "Meeting \(details.label) did not start within \(DurationText.spoken(startWait.limit)); nothing was sent",
                    cause: .meetingNotStarted,
                    nextStep: "Invite again once the host starts it, or wait longer (--wait).")
            }
        } catch let problem as MeetingLookup.Problem {
            let cause: InviteCause = if case .notFound = problem { .meetingNotFound } else { .zoomRefused(code: nil) }
            return report(run, .refused, reason: "Nothing was sent: \(problem)", cause: cause)
        } catch let problem as MeetingStartWaiter.Problem {
            return report(
                run, .refused, reason: problem.description,
                cause: .missingScopes(Capability.readMeeting.acceptedScopes),
                nextStep: ScopeAdvice.fix(for: .readMeeting, source: source))
        } catch is CancellationError {
            return report(
                run, .refused, reason: "Cancelled before meeting \(run.request.meeting) started; nothing was sent",
                cause: .meetingNotStarted)
        } catch {
            let analysis = FailureAnalysis(error, capability: .readMeeting, source: source)
            return report(
                run, analysis.kind == .refused ? .refused : .failed, reason: "Nothing was sent: \(analysis.reason)",
                cause: analysis.cause, nextStep: analysis.nextStep, zoomCode: analysis.zoomCode)
        }
    }

    /// Reads the participants once before sending, when the invite is to be verified: it tells
    /// whether the join can be seen, and who is already there so that an earlier arrival is not
    /// taken for this one. The refusal when the room is already in, or the meeting cannot be reached.
    private func lookBeforeSending(_ run: inout Run) async -> InviteReport? {
        let request = run.request
        guard request.verify else { return nil }
        if let blocker = ScopeAdvice.problem(for: .verifyCallout, scopes: scopes, source: source) {
            run.verifyBlocker = blocker
            return nil
        }
        do {
            let participants = try await client.liveParticipants(of: request.meeting)
            let matcher = RoomSystemMatcher(
                target: request.target, displayName: request.displayName, alreadyPresent: [], sentAt: .distantPast)
            if let present = participants.first(where: { $0.isPresent && matcher.isRoom($0) }), !request.force {
                return report(
                    run, .refused,
                    reason:
                        "Nothing was sent: \(request.target.address) is already in the meeting as \"\(present.name)\"",
                    cause: .alreadyPresent, participant: present,
                    nextStep: "Calling it again would connect it twice. Use --force to call anyway.")
            }
            for lookalike in matcher.lookalikes(in: participants) {
                run.warnings.append(
                    "\(RoomSystemMatcher.describe(lookalike)) is already in the meeting and is not the room; calling the room anyway"
                )
            }
            run.alreadyPresent = Set(participants.map(\.id))
        } catch {
            let analysis = FailureAnalysis(error, capability: .verifyCallout, source: source)
            if analysis.cause == .meetingNotFound || analysis.cause == .credentials {
                return report(
                    run, analysis.kind == .refused ? .refused : .failed, reason: "Nothing was sent: \(analysis.reason)",
                    cause: analysis.cause, nextStep: analysis.nextStep, zoomCode: analysis.zoomCode)
            }
            // A refusal means the join cannot be seen; a passing failure leaves verification on.
            if analysis.kind == .refused { run.verifyBlocker = analysis.reason }
        }
        return nil
    }

    /// Waits for this call-out's turn among invites sent side by side; the report when cancelled first.
    private func waitForTurn(_ run: Run) async -> InviteReport? {
        guard let pacer else { return nil }
        do {
            try await pacer.waitForTurn()
            return nil
        } catch {
            return report(
                run, .refused, reason: "Nothing was sent: the invite was cancelled before its turn",
                cause: .zoomRefused(code: nil))
        }
    }

    /// Sends the call-out, once and never again. The report when Zoom refused it or was certainly
    /// not reached; a lost answer hands on (marked in the run), since the room may still come.
    private func send(_ run: inout Run) async -> InviteReport? {
        do {
            try await client.send(run.request.event, to: run.request.meeting)
            run.sent = true
            return nil
        } catch {
            let analysis = FailureAnalysis(error, capability: .roomSystemCallout, source: source)
            switch analysis.kind {
            case .refused:
                guard case .missingScopes = analysis.cause else {
                    return report(
                        run, .refused, reason: analysis.reason, cause: analysis.cause, nextStep: analysis.nextStep,
                        zoomCode: analysis.zoomCode)
                }
                return scopeRefusal(run, reason: analysis.reason, cause: analysis.cause, zoomCode: analysis.zoomCode)
            case .failed:
                return report(
                    run, .failed, reason: analysis.reason, cause: analysis.cause, nextStep: analysis.nextStep,
                    zoomCode: analysis.zoomCode)
            case .ambiguous:
                run.sent = true
                run.lostAnswer = analysis
                return nil
            }
        }
    }

    /// What to do after a call-out whose fate is unknown: calling twice connects the room twice.
    private static let checkBeforeResending =
        "Do not send it again before checking: look at the meeting's participants in Zoom (calling twice connects the room twice)."

    /// The unconfirmed report when the room's arrival will not be watched: verification was
    /// switched off, or the participants cannot be read.
    private func unverifiable(_ run: Run) -> InviteReport? {
        let lostAnswer = run.lostAnswer
        guard run.request.verify else {
            if let lostAnswer {
                return report(
                    run, .unconfirmed, reason: lostAnswer.reason, cause: .answerLost,
                    nextStep: Self.checkBeforeResending,
                    zoomCode: lostAnswer.zoomCode)
            }
            return report(
                run, .unconfirmed,
                reason:
                    "Zoom accepted the call-out; verification was switched off, and a 2xx alone does not prove the room system was called",
                cause: .notVerified, nextStep: "Watch the meeting, or run the invite without --no-verify.")
        }
        guard let verifyBlocker = run.verifyBlocker else { return nil }
        let accepted = lostAnswer.map { "\($0.reason)." } ?? "Zoom accepted the call-out."
        return report(
            run, .unconfirmed, reason: "\(accepted) Whether it joined cannot be seen: \(verifyBlocker)",
            cause: lostAnswer == nil ? .cannotVerify : .answerLost,
            nextStep: lostAnswer == nil
                ? ScopeAdvice.fix(for: .verifyCallout, source: source) : Self.checkBeforeResending,
            zoomCode: lostAnswer?.zoomCode)
    }

    /// Reads the participants every `pollInterval` from `sentAt` until the room is seen or the
    /// request's timeout passes; the report either way.
    private func watchUntilJoined(
        _ run: inout Run, since sentAt: Date,
        progress: @escaping @Sendable (InviteProgress) -> Void
    ) async -> InviteReport {
        let request = run.request
        let matcher = RoomSystemMatcher(
            target: request.target, displayName: request.displayName, alreadyPresent: run.alreadyPresent, sentAt: sentAt
        )
        var lookalikes: [Participant] = []
        while true {
            let waited = clock.now.timeIntervalSince(sentAt)
            progress(.ringing(elapsed: waited))
            if waited >= request.timeout { return notSeen(run, lookalikes: lookalikes) }
            do {
                try await clock.sleep(seconds: min(pollInterval, max(0, request.timeout - waited)))
            } catch {
                return report(
                    run, .unconfirmed,
                    reason: "The invite was cancelled while waiting for \(request.target.address) to join",
                    cause: .cannotVerify, nextStep: Self.checkBeforeResending)
            }
            if let seen = await lookForRoom(&run, matcher: matcher, lookalikes: &lookalikes) { return seen }
        }
    }

    /// One read of the participants while ringing: the report when the room arrived (in the
    /// meeting or its waiting room) or the watch must stop; `nil` to keep watching. Updates the
    /// people who joined carrying the room's name without being it.
    private func lookForRoom(_ run: inout Run, matcher: RoomSystemMatcher, lookalikes: inout [Participant]) async
        -> InviteReport?
    {
        let address = run.request.target.address
        do {
            let participants = try await client.liveParticipants(of: run.request.meeting)
            lookalikes = matcher.lookalikes(in: participants).filter { !run.alreadyPresent.contains($0.id) }
            guard let found = matcher.find(in: participants) else { return nil }
            if run.lostAnswer != nil {
                run.warnings.append("Zoom's answer to the call-out was lost, but the room system arrived")
            }
            let seconds = Int(clock.now.timeIntervalSince(matcher.sentAt).rounded())
            if found.status == .inWaitingRoom {
                return report(
                    run, .waitingRoom,
                    reason: "\(address) reached the waiting room as \"\(found.name)\" after \(seconds) s",
                    cause: nil, participant: found, nextStep: "Admit it from the waiting room in Zoom.")
            }
            return report(
                run, .joined, reason: "\(address) joined the meeting as \"\(found.name)\" after \(seconds) s",
                cause: nil, participant: found)
        } catch {
            let analysis = FailureAnalysis(error, capability: .verifyCallout, source: source)
            if analysis.cause == .meetingNotFound {
                return report(
                    run, .notJoined, reason: "The meeting ended before \(address) joined", cause: .meetingNotFound)
            }
            if analysis.kind == .refused {
                return report(
                    run, .unconfirmed,
                    reason: "Zoom accepted the call-out, but the participants cannot be read: \(analysis.reason)",
                    cause: .cannotVerify, nextStep: analysis.nextStep)
            }
            return nil // A passing failure while reading: keep watching until the timeout.
        }
    }

    /// The report when the timeout passed without the room in sight.
    private func notSeen(_ run: Run, lookalikes: [Participant]) -> InviteReport {
        let request = run.request
        let window = Int(request.timeout.rounded())
        if let lostAnswer = run.lostAnswer {
            return report(
                run, .unconfirmed,
                reason: "\(lostAnswer.reason). \(request.target.address) was not seen within \(window) s",
                cause: .answerLost, nextStep: Self.checkBeforeResending, zoomCode: lostAnswer.zoomCode)
        }
        let impostors = lookalikes.map { "; \(RoomSystemMatcher.describe($0)) joined, and is not the room" }.joined()
        return report(
            run, .notJoined,
            reason:
                "Zoom accepted the call-out, but \(request.target.address) did not join within \(window) s\(impostors)",
            cause: .timedOut,
            nextStep:
                "Likely causes: \(ScopeAdvice.notJoinedCauses(callType: request.target.callType, scopes: scopes)).")
    }

    /// The refusal when the token may not call rooms out; its next step says how to get the scope,
    /// and how to get the room in today without it (dial-in).
    private func scopeRefusal(_ run: Run, reason: String, cause: InviteCause, zoomCode: Int? = nil) -> InviteReport {
        var refusal = report(
            run, .refused, reason: reason, cause: cause,
            nextStep: ScopeAdvice.fix(for: .roomSystemCallout, source: source) + " "
                + ScopeAdvice.dialInInstead(meeting: run.request.meeting, scopes: scopes),
            zoomCode: zoomCode)
        refusal.offersDialIn = true
        return refusal
    }

    private func report(
        _ run: Run, _ outcome: InviteOutcome, reason: String, cause: InviteCause?, participant: Participant? = nil,
        nextStep: String? = nil, zoomCode: Int? = nil
    ) -> InviteReport {
        InviteReport(
            outcome: outcome, meeting: run.request.meeting, target: run.request.target, participant: participant,
            reason: reason, nextStep: nextStep, cause: cause, zoomCode: zoomCode,
            elapsed: clock.now.timeIntervalSince(run.started), warnings: run.warnings, sent: run.sent)
    }

    /// Records the report; returns the warning for the operator when the record could not be written.
    private func audit(_ report: InviteReport, action: String) -> String? {
        guard let auditLog else { return nil }
        let entry = AuditEntry(
            time: clock.now, meeting: report.meeting, action: action,
            target: report.target.description, outcome: report.outcome.rawValue,
            zoomCode: report.zoomCode, elapsed: report.elapsed, reason: report.reason)
        return auditLog.recordOrWarn(entry)
    }
}
