import FoundationEssentials

/// Keeps a room system in a meeting after it joined: watches the participants and, when the room
/// is seen to have left while the meeting is still live, calls it again through the invite
/// workflow (checked, sent once, verified, audited as `room_system_redial`), at most
/// `KeepPolicy.redials` times with a pause that doubles. A read that fails or cannot be trusted
/// never leads to a redial. A room someone hung up on deliberately is called back too: stop
/// keeping it by cancelling the task that runs `keep`.
public final class RoomKeeper: Sendable {
    /// What happened while keeping a room, for progress displays.
    public enum Event: Sendable {
        /// The room was seen to have left; redial `attempt` of `allowed` follows after `pause` seconds.
        case left(Participant, attempt: Int, allowed: Int, pause: TimeInterval)
        /// A redial ended with this report.
        case redialled(InviteReport)
    }

    /// Why keeping a room ended.
    public enum End: Sendable {
        /// The meeting ended (Zoom no longer has it live).
        case meetingEnded
        /// Keeping was stopped (the task was cancelled).
        case stopped
        /// The room left and its redials are used up; the report (`not_joined`) says so.
        case redialsUsedUp(InviteReport)
        /// A redial ended in a way that must not be retried (refused, failed, unconfirmed, waiting
        /// room): its report, already given as `Event.redialled`.
        case redialEnded(InviteReport)
    }

    /// What one watching read showed.
    private enum Sighting {
        case present
        case left(Participant)
        case meetingEnded
        /// The read failed: nothing is known, nothing is done.
        case unknown
    }

    private let workflow: InviteWorkflow
    private let client: ZoomClient
    private let clock: any MeetingClock
    private let policy: KeepPolicy

    public init(
        workflow: InviteWorkflow, client: ZoomClient, clock: any MeetingClock = SystemClock(),
        policy: KeepPolicy = .init()
    ) {
        self.workflow = workflow
        self.client = client
        self.clock = clock
        self.policy = policy
    }

    /// Keeps the room of `joined` (a report whose outcome is `joined`) in the meeting until the
    /// meeting ends, the room is given up, or the task is cancelled.
    public func keep(
        _ request: InviteRequest, joined: InviteReport, events: @escaping @Sendable (Event) -> Void = { _ in }
    ) async -> End {
        guard joined.outcome == .joined, var watched = joined.participant else { return .redialEnded(joined) }
        var attempt = 0
        while true {
            do {
                try await clock.sleep(seconds: policy.watchInterval)
            } catch {
                return .stopped
            }
            switch await look(for: watched, in: request.meeting) {
            case .present, .unknown:
                continue
            case .meetingEnded:
                return .meetingEnded
            case .left(let gone):
                guard attempt < policy.redials else { return .redialsUsedUp(usedUp(request, gone: gone)) }
                attempt += 1
                let pause = policy.pause(before: attempt)
                events(.left(gone, attempt: attempt, allowed: policy.redials, pause: pause))
                do {
                    try await clock.sleep(seconds: pause)
                } catch {
                    return .stopped
                }
                let report = await workflow.run(request, action: InviteWorkflow.redialAction)
                events(.redialled(report))
                switch (report.outcome, report.cause) {
                case (.joined, _), (.refused, .alreadyPresent?):
                    // Back in, by the redial or by itself: watch the new connection.
                    watched = report.participant ?? watched
                case (_, .meetingNotFound?):
                    // The meeting ended during the pause (nothing sent) or while ringing.
                    return .meetingEnded
                case (.notJoined, .timedOut?):
                    // Not back: the next read sees it still gone and, while redials remain, calls again.
                    continue
                default:
                    return .redialEnded(report)
                }
            }
        }
    }

    /// One read of the participants (those who left included): is the room still there?
    /// "Left" is only said when the read succeeded and Zoom says the meeting is still live.
    private func look(for room: Participant, in meeting: MeetingReference) async -> Sighting {
        do {
            let participants = try await client.liveParticipants(of: meeting, includeLeft: true)
            if participants.contains(where: { $0.id == room.id && $0.isPresent }) { return .present }
            let gone = participants.last { $0.id == room.id } ?? room
            return try await client.meeting(meeting).isStarted ? .left(gone) : .meetingEnded
        } catch {
            let analysis = FailureAnalysis(error, capability: .verifyCallout, source: nil)
            return analysis.cause == .meetingNotFound ? .meetingEnded : .unknown
        }
    }

    private func usedUp(_ request: InviteRequest, gone: Participant) -> InviteReport {
        let plural = policy.redials == 1 ? "redial is" : "redials are"
        return InviteReport(
            outcome: .notJoined, meeting: request.meeting, target: request.target, participant: gone,
            reason: "\(request.target.address) left the meeting and its \(policy.redials) \(plural) used up",
            nextStep: "Call it again by hand when it can answer.", elapsed: 0, sent: false)
    }
}
