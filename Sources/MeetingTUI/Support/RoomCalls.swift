import FoundationEssentials
import Glibc
import MeetingKit

/// Runs an invite's rooms for `meeting-tui invite`: calls them (`RoomBatch`), prints one line or
/// one JSON document per room, and with `--keep` keeps the joined ones connected (`RoomKeeper`),
/// printing each redial. Returns the command's exit status: the worst of the rooms'.
struct RoomCalls {
    private let workflow: InviteWorkflow
    private let client: ZoomClient
    private let json: Bool
    private let keep: KeepPolicy?
    /// With `--when-live`: how long each room waits for the meeting to start before it is called.
    private let waitingForStartAtMost: TimeInterval?

    init(session: Session, json: Bool, keep: KeepPolicy?, waitingForStartAtMost: TimeInterval? = nil) async throws {
        let token = try await session.token()
        workflow = InviteWorkflow(
            client: session.client, scopes: token.scopes, source: session.credentials.source,
            auditLog: session.auditLog)
        client = session.client
        self.json = json
        self.keep = keep
        self.waitingForStartAtMost = waitingForStartAtMost
    }

    func run(_ batch: RoomBatch) async -> ExitStatus {
        let progress = ProgressLine(enabled: Output.isTerminal(STDERR_FILENO))
        let reports = await batch.run(with: workflow, waitingForStartAtMost: waitingForStartAtMost) { _, step in
            progress.show(step)
        }
        progress.finish()
        for report in reports { show(report, among: reports.count) }
        guard var keep else { return ExitStatus.worst(reports.map(ExitStatus.init)) }
        // Each kept room reads the participants; together they read no more often than one.
        keep.watchInterval *= Double(max(1, reports.filter { $0.outcome == .joined }.count))
        let keeper = RoomKeeper(workflow: workflow, client: client, policy: keep)
        let statuses = await withTaskGroup(of: ExitStatus.self) { group in
            for (request, report) in zip(batch.requests, reports) {
                group.addTask { await kept(request, report, by: keeper) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        return ExitStatus.worst(statuses)
    }

    /// Keeps one room that joined; a room that did not join ends with its own status.
    private func kept(_ request: InviteRequest, _ report: InviteReport, by keeper: RoomKeeper) async -> ExitStatus {
        guard report.outcome == .joined else { return ExitStatus(report) }
        let end = await keeper.keep(request, joined: report) { event in
            switch event {
            case .left(let gone, let attempt, let allowed, let pause):
                if !json {
                    print(
                        "left: \(request.target.address) (\"\(Output.value(gone.name))\") left the meeting; "
                            + "calling it again in \(Int(pause)) s (redial \(attempt) of \(allowed))")
                }
            case .redialled(let again):
                show(again, among: 1)
            }
        }
        switch end {
        case .meetingEnded:
            if !json { print("ended: the meeting ended; no longer keeping \(request.target.address)") }
            return .ok
        case .stopped:
            return .ok
        case .redialsUsedUp(let last):
            show(last, among: 1)
            return ExitStatus(last)
        case .redialEnded(let last):
            return ExitStatus(last)
        }
    }

    /// Prints a report: in full for a single room, as one line per room for several (their next
    /// steps and warnings follow on lines naming the room).
    private func show(_ report: InviteReport, among rooms: Int) {
        if json {
            try? Output.json(InviteDocument(report), oneLine: rooms > 1 || keep != nil)
        } else {
            print(InviteText.render(report, namingTheRoom: rooms > 1))
        }
        if let problem = report.auditProblem { Output.error("warning: \(problem)") }
    }
}
