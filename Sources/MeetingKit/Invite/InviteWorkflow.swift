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

    public init(client: ZoomClient, scopes: GrantedScopes, source: CredentialSource? = nil,
                clock: any MeetingClock = SystemClock(), auditLog: AuditLog? = nil, pollInterval: TimeInterval = 2,
                pacer: CalloutPacer? = nil) {
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
        InviteWorkflow(client: client, scopes: scopes, source: source, clock: clock, auditLog: auditLog,
                       pollInterval: pollInterval * Double(max(1, rooms)), pacer: pacer)
    }

    /// Runs the whole invite and returns its one outcome. Never throws: every failure is an outcome.
    /// The audit log records it under `action` (a redial of a kept room is `room_system_redial`).
    public func run(_ request: InviteRequest, action: String = "room_system_callout",
                    progress: @escaping @Sendable (InviteProgress) -> Void = { _ in }) async -> InviteReport {
        let started = clock.now
        var run = Run(request: request, started: started)
        var report = await perform(&run, progress: progress)
        report.auditProblem = audit(report, action: action)
        return report
    }

    /// Sets a call-out up before the meeting starts: checks the request and the scopes now, then
    /// waits at most `limit` seconds for the meeting to go live (`MeetingStartWaiter`, one read of
    /// `GET /meetings/{meetingId}` every `pace` seconds), sending nothing before that, and then runs
    /// the invite as `run` does. When the wait runs out (or is cancelled) nothing was sent.
    public func runWhenLive(_ request: InviteRequest, waitingAtMost limit: TimeInterval, pace: TimeInterval = MeetingStartWaiter.pace,
                            progress: @escaping @Sendable (InviteProgress) -> Void = { _ in }) async -> InviteReport {
        var run = Run(request: request, started: clock.now)
        var report: InviteReport
        if let refusal = preflight(&run, progress: progress) {
            report = refusal
        } else if let ended = await waitForStart(&run, limit: limit, pace: pace, progress: progress) {
            report = ended
        } else if Task.isCancelled {
            // Cancelled as the meeting started: still nothing sent, and nothing will be.
            report = self.report(run, .refused, reason: "Cancelled as meeting \(run.request.meeting) started; nothing was sent",
                                 cause: .meetingNotStarted)
        } else {
            report = await callAndVerify(&run, progress: progress)
        }
        report.auditProblem = audit(report, action: "room_system_callout")
        return report
    }

    /// Waits for the run's meeting to start and points the run at it; the report when it did not.
    private func waitForStart(_ run: inout Run, limit: TimeInterval, pace: TimeInterval,
                              progress: @escaping @Sendable (InviteProgress) -> Void) async -> InviteReport? {
        let waiter = MeetingStartWaiter(client: client, scopes: scopes, clock: clock, pace: pace)
        do {
            switch try await waiter.wait(for: run.request.meeting, atMost: limit,
                                         progress: { if case .waiting(let details, let remaining) = $0 { progress(.waitingForStart(details, remaining: remaining)) } }) {
            case .started(let live, _):
                run.request.meeting = live
                return nil
            case .timedOut(let details):
                return report(run, .notJoined,
                              reason: "Meeting \(details.label) did not start within \(DurationText.spoken(limit)); nothing was sent",
                              cause: .meetingNotStarted, nextStep: "Invite again once the host starts it, or wait longer (--wait).")
            }
        } catch let problem as MeetingLookup.Problem {
            let cause: InviteCause = if case .notFound = problem { .meetingNotFound } else { .zoomRefused(code: nil) }
            return report(run, .refused, reason: "Nothing was sent: \(problem)", cause: cause)
        } catch let problem as MeetingStartWaiter.Problem {
            return report(run, .refused, reason: problem.description, cause: .missingScopes(Capability.readMeeting.acceptedScopes),
                          nextStep: ScopeAdvice.fix(for: .readMeeting, source: source))
        } catch is CancellationError {
            return report(run, .refused, reason: "Cancelled before meeting \(run.request.meeting) started; nothing was sent", cause: .meetingNotStarted)
        } catch {
            let analysis = FailureAnalysis(error, capability: .readMeeting, source: source)
            return report(run, analysis.kind == .refused ? .refused : .failed, reason: "Nothing was sent: \(analysis.reason)",
                          cause: analysis.cause, nextStep: analysis.nextStep, zoomCode: analysis.zoomCode)
        }
    }

    /// The state of one run, so that each step can end it with a report.
    private struct Run {
        var request: InviteRequest
        let started: Date
        var warnings: [String] = []
        var sent = false
    }

    private func perform(_ run: inout Run, progress: @escaping @Sendable (InviteProgress) -> Void) async -> InviteReport {
        if let refusal = preflight(&run, progress: progress) { return refusal }
        return await callAndVerify(&run, progress: progress)
    }

    /// Checks the request and the token's scopes before anything is sent; the refusal when they do not allow it.
    private func preflight(_ run: inout Run, progress: @escaping @Sendable (InviteProgress) -> Void) -> InviteReport? {
        progress(.preflight)
        do {
            run.request = try run.request.validated()
        } catch {
            return report(run, .refused, reason: error.description, cause: .zoomRefused(code: nil))
        }
        let request = run.request

        if let problem = ScopeAdvice.problem(for: .roomSystemCallout, scopes: scopes, source: source) {
            guard request.force else {
                return scopeRefusal(run, reason: "Nothing was sent: \(problem)", cause: .missingScopes(Capability.roomSystemCallout.acceptedScopes))
            }
            run.warnings.append("sent with --force although \(problem) Zoom may accept it and drop it silently")
        }
        if scopes == .unknown { run.warnings.append(ScopeAdvice.unknownScopes) }
        return nil
    }

    /// Sends the call-out once and watches the participants until the room joins or the timeout.
    private func callAndVerify(_ run: inout Run, progress: @escaping @Sendable (InviteProgress) -> Void) async -> InviteReport {
        let request = run.request

        // Can the join be seen? Read the participants once before sending: it tells, and it
        // shows who is already there so that an earlier arrival is not taken for this one.
        var verifyBlocker: String?
        var alreadyPresent: Set<String> = []
        if request.verify {
            verifyBlocker = ScopeAdvice.problem(for: .verifyCallout, scopes: scopes, source: source)
            if verifyBlocker == nil {
                do {
                    let participants = try await client.liveParticipants(of: request.meeting)
                    let matcher = RoomSystemMatcher(target: request.target, displayName: request.displayName, alreadyPresent: [], sentAt: .distantPast)
                    if let present = participants.first(where: { $0.isPresent && matcher.isRoom($0) }), !request.force {
                        return report(run, .refused, reason: "Nothing was sent: \(request.target.address) is already in the meeting as \"\(present.name)\"",
                                      cause: .alreadyPresent, participant: present,
                                      nextStep: "Calling it again would connect it twice. Use --force to call anyway.")
                    }
                    for lookalike in matcher.lookalikes(in: participants) {
                        run.warnings.append("\(RoomSystemMatcher.describe(lookalike)) is already in the meeting and is not the room; calling the room anyway")
                    }
                    alreadyPresent = Set(participants.map(\.id))
                } catch {
                    let analysis = FailureAnalysis(error, capability: .verifyCallout, source: source)
                    if analysis.cause == .meetingNotFound || analysis.cause == .credentials {
                        return report(run, analysis.kind == .refused ? .refused : .failed, reason: "Nothing was sent: \(analysis.reason)",
                                      cause: analysis.cause, nextStep: analysis.nextStep, zoomCode: analysis.zoomCode)
                    }
                    if analysis.kind == .refused { verifyBlocker = analysis.reason }
                }
            }
        }

        if let pacer {
            do {
                try await pacer.waitForTurn()
            } catch {
                return report(run, .refused, reason: "Nothing was sent: the invite was cancelled before its turn", cause: .zoomRefused(code: nil))
            }
        }
        progress(.sending)
        let sentAt = clock.now
        var ambiguity: FailureAnalysis?
        do {
            try await client.send(request.event, to: request.meeting)
            run.sent = true
        } catch {
            let analysis = FailureAnalysis(error, capability: .roomSystemCallout, source: source)
            switch analysis.kind {
            case .refused:
                guard case .missingScopes = analysis.cause else {
                    return report(run, .refused, reason: analysis.reason, cause: analysis.cause, nextStep: analysis.nextStep, zoomCode: analysis.zoomCode)
                }
                return scopeRefusal(run, reason: analysis.reason, cause: analysis.cause, zoomCode: analysis.zoomCode)
            case .failed:
                return report(run, .failed, reason: analysis.reason, cause: analysis.cause, nextStep: analysis.nextStep, zoomCode: analysis.zoomCode)
            case .ambiguous:
                run.sent = true
                ambiguity = analysis
            }
        }

        let checkFirst = "Do not send it again before checking: look at the meeting's participants in Zoom (calling twice connects the room twice)."
        guard request.verify else {
            if let ambiguity {
                return report(run, .unconfirmed, reason: ambiguity.reason, cause: .answerLost, nextStep: checkFirst, zoomCode: ambiguity.zoomCode)
            }
            return report(run, .unconfirmed, reason: "Zoom accepted the call-out; verification was switched off, and a 2xx alone does not prove the room system was called",
                          cause: .notVerified, nextStep: "Watch the meeting, or run the invite without --no-verify.")
        }
        if let verifyBlocker {
            let accepted = ambiguity.map { "\($0.reason)." } ?? "Zoom accepted the call-out."
            return report(run, .unconfirmed, reason: "\(accepted) Whether it joined cannot be seen: \(verifyBlocker)",
                          cause: ambiguity == nil ? .cannotVerify : .answerLost,
                          nextStep: ambiguity == nil ? ScopeAdvice.fix(for: .verifyCallout, source: source) : checkFirst,
                          zoomCode: ambiguity?.zoomCode)
        }

        let matcher = RoomSystemMatcher(target: request.target, displayName: request.displayName, alreadyPresent: alreadyPresent, sentAt: sentAt)
        var lookalikes: [Participant] = []
        while true {
            let waited = clock.now.timeIntervalSince(sentAt)
            progress(.ringing(elapsed: waited))
            if waited >= request.timeout { break }
            do {
                try await clock.sleep(seconds: min(pollInterval, max(0, request.timeout - waited)))
            } catch {
                return report(run, .unconfirmed, reason: "The invite was cancelled while waiting for \(request.target.address) to join",
                              cause: .cannotVerify, nextStep: checkFirst)
            }
            do {
                let participants = try await client.liveParticipants(of: request.meeting)
                lookalikes = matcher.lookalikes(in: participants).filter { !alreadyPresent.contains($0.id) }
                if let found = matcher.find(in: participants) {
                    if ambiguity != nil { run.warnings.append("Zoom's answer to the call-out was lost, but the room system arrived") }
                    let seconds = Int(clock.now.timeIntervalSince(sentAt).rounded())
                    if found.status == .inWaitingRoom {
                        return report(run, .waitingRoom, reason: "\(request.target.address) reached the waiting room as \"\(found.name)\" after \(seconds) s",
                                      cause: nil, participant: found, nextStep: "Admit it from the waiting room in Zoom.")
                    }
                    return report(run, .joined, reason: "\(request.target.address) joined the meeting as \"\(found.name)\" after \(seconds) s",
                                  cause: nil, participant: found)
                }
            } catch {
                let analysis = FailureAnalysis(error, capability: .verifyCallout, source: source)
                if analysis.cause == .meetingNotFound {
                    return report(run, .notJoined, reason: "The meeting ended before \(request.target.address) joined", cause: .meetingNotFound)
                }
                if analysis.kind == .refused {
                    return report(run, .unconfirmed, reason: "Zoom accepted the call-out, but the participants cannot be read: \(analysis.reason)",
                                  cause: .cannotVerify, nextStep: analysis.nextStep)
                }
                // A passing failure while reading: keep watching until the timeout.
            }
        }

        let window = Int(request.timeout.rounded())
        if let ambiguity {
            return report(run, .unconfirmed, reason: "\(ambiguity.reason). \(request.target.address) was not seen within \(window) s",
                          cause: .answerLost, nextStep: checkFirst, zoomCode: ambiguity.zoomCode)
        }
        let impostors = lookalikes.map { "; \(RoomSystemMatcher.describe($0)) joined, and is not the room" }.joined()
        return report(run, .notJoined, reason: "Zoom accepted the call-out, but \(request.target.address) did not join within \(window) s\(impostors)",
                      cause: .timedOut,
                      nextStep: "Likely causes: \(ScopeAdvice.notJoinedCauses(callType: request.target.callType, scopes: scopes)).")
    }

    /// The refusal when the token may not call rooms out; its next step says how to get the scope,
    /// and how to get the room in today without it (dial-in).
    private func scopeRefusal(_ run: Run, reason: String, cause: InviteCause, zoomCode: Int? = nil) -> InviteReport {
        var refusal = report(run, .refused, reason: reason, cause: cause,
                             nextStep: ScopeAdvice.fix(for: .roomSystemCallout, source: source) + " "
                                 + ScopeAdvice.dialInInstead(meeting: run.request.meeting, scopes: scopes),
                             zoomCode: zoomCode)
        refusal.offersDialIn = true
        return refusal
    }

    private func report(_ run: Run, _ outcome: InviteOutcome, reason: String, cause: InviteCause?, participant: Participant? = nil,
                        nextStep: String? = nil, zoomCode: Int? = nil) -> InviteReport {
        InviteReport(outcome: outcome, meeting: run.request.meeting, target: run.request.target, participant: participant,
                     reason: reason, nextStep: nextStep, cause: cause, zoomCode: zoomCode,
                     elapsed: clock.now.timeIntervalSince(run.started), warnings: run.warnings, sent: run.sent)
    }

    /// Records the report; returns the warning for the operator when the record could not be written.
    private func audit(_ report: InviteReport, action: String) -> String? {
        guard let auditLog else { return nil }
        let entry = AuditEntry(time: clock.now, meeting: report.meeting, action: action,
                               target: report.target.description, outcome: report.outcome.rawValue,
                               zoomCode: report.zoomCode, elapsed: report.elapsed, reason: report.reason)
        return auditLog.recordOrWarn(entry)
    }
}
