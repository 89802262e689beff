import Dispatch
import FoundationEssentials
import Locking
import MeetingKit

/// Performs the reducer's effects with MeetingKit, each in its own task off the UI loop, and
/// posts the results back as actions. Errors from Zoom or the network become actions too:
/// they reach the message line and never end the program.
final class EffectRunner: Sendable {
    private let client: ZoomClient
    private let workflow: InviteWorkflow
    private let dialIn: DialInLookup
    private let controls: MeetingControls
    private let lister: LiveMeetingLister
    private let lookup: MeetingLookup
    private let user: ActingUser
    private let post: @Sendable (Action) -> Void
    private let tasks = Locked<[Int: Task<Void, Never>]>([:])
    private let taskCounter = Locked(0)
    /// The task of each invite, by ticket, and the tickets the operator cancelled one by one
    /// (their outcome is still posted, unlike work cut short by quitting).
    private let invites = Locked<(tasks: [Int: Int], cancelled: Set<Int>)>(([:], []))
    /// The joined report of each invite (the room to watch), and the keeping task of each kept one, by ticket.
    private let kept = Locked<(joined: [Int: InviteReport], tasks: [Int: Int])>(([:], [:]))
    private let keepPolicy: KeepPolicy
    private let clock: any MeetingClock
    /// Set once the account-wide list was not available, so later refreshes go straight to the user's list.
    private let accountListRefused = Locked(false)

    init(environment: ConsoleEnvironment, post: @escaping @Sendable (Action) -> Void) {
        client = environment.client
        user = environment.identity.user
        lister = LiveMeetingLister(
            client: environment.client, scopes: environment.identity.scopes, user: environment.identity.user)
        lookup = MeetingLookup(client: environment.client, scopes: environment.identity.scopes)
        workflow = InviteWorkflow(
            client: environment.client, scopes: environment.identity.scopes,
            source: environment.identity.source, clock: environment.clock, auditLog: environment.auditLog)
        dialIn = DialInLookup(
            client: environment.client, scopes: environment.identity.scopes, source: environment.identity.source)
        controls = MeetingControls(
            client: environment.client, scopes: environment.identity.scopes,
            source: environment.identity.source, auditLog: environment.auditLog, clock: environment.clock)
        keepPolicy = environment.keepPolicy
        clock = environment.clock
        self.post = post
    }

    /// Starts an effect. `.quit` is the event loop's to handle and is ignored here.
    func perform(_ effect: Effect) {
        switch effect {
        case .quit:
            return
        case .loadIdentity:
            spawn { await self.loadIdentity() }
        case .refreshMeetings(let pages):
            spawn { await self.loadMeetings(pages: pages) }
        case .loadMoreMeetings(let source, let token):
            spawn { await self.loadMoreMeetings(source, token: token) }
        case .checkMeeting(let reference):
            spawn { await self.check(reference) }
        case .loadParticipants(let reference):
            spawn { await self.loadParticipants(reference) }
        case .sendControl(let ticket, let meeting, let control):
            spawn { await self.send(control, to: meeting, ticket: ticket) }
        case .runInvite(let ticket, let order):
            spawn(ticket: ticket) { await self.invite(order, ticket: ticket, with: self.workflow) }
        case .runInvites(let attempts):
            let shared = workflow.sharing(with: attempts.count, pacer: CalloutPacer(clock: clock))
            for attempt in attempts {
                spawn(ticket: attempt.ticket) { await self.invite(attempt.order, ticket: attempt.ticket, with: shared) }
            }
        case .cancelInvite(let ticket):
            let task = invites.withLock { invites -> Int? in
                invites.cancelled.insert(ticket)
                return invites.tasks[ticket]
            }
            if let task { tasks.withLock { $0[task] }?.cancel() }
        case .loadDialIn(let meeting):
            spawn { await self.loadDialIn(meeting) }
        case .keepRoom(let ticket, let order):
            keep(order, ticket: ticket)
        case .unkeepRoom(let ticket):
            let task = kept.withLock { $0.tasks.removeValue(forKey: ticket) }
            if let task { tasks.withLock { $0[task] }?.cancel() }
        }
    }

    /// Runs one invite, posting its progress, and returns its verdict.
    private func invite(_ order: InviteOrder, ticket: Int, with workflow: InviteWorkflow) async -> Action {
        let post = self.post
        let progress: @Sendable (InviteProgress) -> Void = { post(.inviteProgressed(ticket: ticket, InviteStage($0))) }
        let report =
            if order.whenLive {
                await workflow.runWhenLive(
                    order.request, waitingAtMost: MeetingStartWaiter.defaultWait, progress: progress)
            } else {
                await workflow.run(order.request, progress: progress)
            }
        if let problem = report.auditProblem { post(.auditNotWritten(problem)) }
        if report.outcome == .joined { kept.withLock { $0.joined[ticket] = report } }
        return .inviteProgressed(ticket: ticket, .finished(InviteVerdict(report)))
    }

    /// Keeps the room of a joined invite with `RoomKeeper` until the meeting ends, it is given up
    /// or `.unkeepRoom` stops it. The participant reads are shared out: with n rooms kept, each
    /// reads n times less often. A redial that brought the room back is what is watched next.
    private func keep(_ order: InviteOrder, ticket: Int) {
        let (joined, keeping) = kept.withLock { ($0.joined[ticket], $0.tasks.count + 1) }
        guard let joined else { return }
        var policy = keepPolicy
        policy.watchInterval *= Double(keeping)
        let keeper = RoomKeeper(workflow: workflow, client: client, clock: clock, policy: policy)
        let post = self.post
        let redials = policy.redials
        post(.keepProgressed(ticket: ticket, .watching(redialsLeft: redials)))
        let id = spawn {
            let used = Locked(0)
            let end = await keeper.keep(order.request, joined: joined) { event in
                if case .left(_, let attempt, _, _) = event { used.withLock { $0 = attempt } }
                if case .redialled(let report) = event {
                    if let problem = report.auditProblem { post(.auditNotWritten(problem)) }
                    if report.outcome == .joined { self.kept.withLock { $0.joined[ticket] = report } }
                }
                post(.keepProgressed(ticket: ticket, KeepState(event, redialsLeft: redials - used.withLock { $0 })))
            }
            // Stopped by `.unkeepRoom`, the entry is gone already (and may be a newer keeper's by now).
            if !Task.isCancelled { _ = self.kept.withLock { $0.tasks.removeValue(forKey: ticket) } }
            return .keepProgressed(ticket: ticket, KeepState(end) ?? .ended("stopped"))
        }
        kept.withLock { $0.tasks[ticket] = id }
    }

    /// Cancels everything still running, then waits up to `grace` seconds for it to wind down, so
    /// that an invite cut short (by `q`, Ctrl-C or a dropped SSH session) still writes its outcome
    /// to the audit log before the process exits. Blocks the calling thread (the console's own).
    func cancelAll(grace: TimeInterval = 5) {
        let running = tasks.withLock { current in
            defer { current.removeAll() }
            return Array(current.values)
        }
        for task in running { task.cancel() }
        guard !running.isEmpty else { return }
        let finished = DispatchSemaphore(value: 0)
        Task {
            for task in running { await task.value }
            finished.signal()
        }
        _ = finished.wait(timeout: .now() + grace)
    }

    /// Starts `work` in its own task and returns the task's number. Its result is posted unless it
    /// was cancelled (by quitting, or by stopping a kept room); an invite (`ticket`) the operator
    /// cancelled still posts its outcome.
    @discardableResult
    private func spawn(ticket: Int? = nil, _ work: @escaping @Sendable () async -> Action) -> Int {
        let id = taskCounter.withLock { counter in
            counter += 1
            return counter
        }
        if let ticket { invites.withLock { $0.tasks[ticket] = id } }
        // Registered under the lock, so the task's own removal cannot run first.
        tasks.withLock { running in
            running[id] = Task {
                let action = await work()
                let cancelledByOperator =
                    ticket.map { ticket in self.invites.withLock { $0.cancelled.contains(ticket) } } ?? false
                if !Task.isCancelled || cancelledByOperator { self.post(action) }
                _ = self.tasks.withLock { $0.removeValue(forKey: id) }
                if let ticket { self.invites.withLock { $0.tasks[ticket] = nil } }
            }
        }
        return id
    }

    // MARK: - Work

    private func loadIdentity() async -> Action {
        do {
            return .identityLoaded(try await client.user(user))
        } catch {
            return .identityFailed(Self.describe(error))
        }
    }

    /// Reads the first `pages` pages of the list again: from the Dashboard unless it refused
    /// before, else the user's own.
    private func loadMeetings(pages: Int) async -> Action {
        let preferred: MeetingsSource? = accountListRefused.withLock { $0 } ? .user : nil
        do {
            let first = try await lister.page(preferred, now: Date())
            if first.scope == .user { accountListRefused.withLock { $0 = true } }
            var meetings = first.meetings
            var token = first.nextPageToken
            for _ in 1..<max(1, pages) {
                guard let next = token else { break }
                let page = try await lister.page(first.scope, token: next, now: Date())
                meetings += page.meetings
                token = page.nextPageToken
            }
            return .meetingsLoaded(meetings, source: first.scope, nextPageToken: token, note: first.note)
        } catch {
            return .meetingsFailed(Self.describe(error))
        }
    }

    private func loadMoreMeetings(_ source: MeetingsSource, token: String) async -> Action {
        do {
            let page = try await lister.page(source, token: token, now: Date())
            return .moreMeetingsLoaded(page.meetings, nextPageToken: page.nextPageToken)
        } catch {
            return .moreMeetingsFailed(Self.describe(error))
        }
    }

    /// Asks Zoom for the address a room dials to join the meeting by itself.
    private func loadDialIn(_ meeting: MeetingTarget) async -> Action {
        do {
            let address = try await dialIn.address(for: meeting.reference)
            return .dialInLoaded(meeting, address, receivedAt: Date())
        } catch let refusal as DialInLookup.Refusal {
            return .dialInFailed(meeting, "\(refusal.problem) \(refusal.fix)")
        } catch {
            return .dialInFailed(meeting, Self.describe(error))
        }
    }

    /// Asks Zoom whether a typed meeting is in progress, resolving a UUID to the meeting's ID.
    private func check(_ reference: MeetingReference) async -> Action {
        do {
            let live = try await lookup.liveMeeting(reference)
            return .meetingChecked(
                reference, .live(MeetingTarget(reference: live.reference, topic: live.details?.topic)))
        } catch let problem as MeetingLookup.Problem {
            guard case .notStarted(let details) = problem else {
                return .meetingChecked(reference, .refused(problem.description))
            }
            return .meetingChecked(
                reference, .refused("\(problem); or set a call-out up for its start: :when-live \(details.id) ADDRESS"))
        } catch {
            return .meetingChecked(reference, .failed(Self.describe(error)))
        }
    }

    private func loadParticipants(_ reference: MeetingReference) async -> Action {
        do {
            return .participantsLoaded(reference, try await client.liveParticipants(of: reference, includeLeft: true))
        } catch let error as ZoomAPIError where Self.isPermissionProblem(error) {
            if case .missingScopes = error { return .participantsFailed(reference, .missingDashboardScope) }
            return .participantsFailed(
                reference,
                .notPermitted(
                    reason: "Zoom refused the Dashboard's participant list: \(error.description)",
                    fix: "The Dashboard needs a Business plan or higher and \(ScopeAdvice.accountLevelApp) with "
                        + "\(ScopeAdvice.scopeNames(Capability.readParticipants.requirement))."))
        } catch {
            return .participantsFailed(reference, .failed(Self.describe(error)))
        }
    }

    /// Sends a control through `MeetingControls`, as the command line does: input checked, scopes
    /// preflighted, sent once, audited. A record that could not be written is reported first.
    private func send(_ control: MeetingAction, to meeting: MeetingTarget, ticket: Int) async -> Action {
        let report = await controls.perform(control, on: meeting.reference)
        if let problem = report.auditProblem { post(.auditNotWritten(problem)) }
        return .controlAnswered(ticket: ticket, ControlAnswer(report))
    }

    // MARK: - Errors

    /// Whether Zoom said the credentials or the plan do not allow this (rather than a passing failure).
    static func isPermissionProblem(_ error: ZoomAPIError) -> Bool {
        switch error {
        case .missingScopes: return true
        case .zoom(let status, let code, _): return status == 403 || code == 300 || code == 200
        default: return false
        }
    }

    /// An error in one line for the message line.
    static func describe(_ error: any Error) -> String {
        let text = (error as? ZoomAPIError)?.description ?? String(describing: error)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
