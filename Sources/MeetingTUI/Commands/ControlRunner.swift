import ArgumentParser
import MeetingKit

/// Runs one meeting control for a command: the meeting checked with Zoom, preflight, send, audit,
/// print, exit status.
enum ControlRunner {
    static func run(_ action: MeetingAction, on meeting: MeetingReference, session: Session, force: Bool = false)
        async throws
    {
        let live = try await TypedMeeting.live(meeting, session: session)
        let token = try await session.token()
        let controls = MeetingControls(
            client: session.client, scopes: token.scopes, source: session.credentials.source,
            auditLog: session.auditLog)
        let report = await controls.perform(action, on: live, force: force)
        print("\(report.outcome.rawValue): \(Output.value(report.reason))")
        if let next = report.nextStep { print("next: \(Output.value(next))") }
        if let problem = report.auditProblem { Output.error("warning: \(problem)") }
        let status = ExitStatus(report)
        if status != .ok { throw status.exitCode }
    }
}

extension ExitStatus {
    /// The status for a meeting control's outcome.
    init(_ report: ControlReport) {
        switch report.outcome {
        case .done: self = .ok
        case .unknown: self = .notConfirmed
        case .refused: self = report.cause == .meetingNotFound ? .invalidInput : .notPermitted
        case .failed: self = report.cause == .credentials ? .configuration : .unavailable
        }
    }
}
