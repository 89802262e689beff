import FoundationEssentials

/// Sends phone call-outs, recording controls and "end meeting", each checked (its input, then the
/// token's scopes) first, sent once, and recorded in the audit log. Shared by the command line and
/// the console, so neither can change a meeting without the checks and the record.
public struct MeetingControls: Sendable {
    private let client: ZoomClient
    private let scopes: GrantedScopes
    private let source: CredentialSource?
    private let auditLog: AuditLog?
    private let clock: any MeetingClock

    public init(
        client: ZoomClient, scopes: GrantedScopes, source: CredentialSource? = nil, auditLog: AuditLog? = nil,
        clock: any MeetingClock = SystemClock()
    ) {
        self.client = client
        self.scopes = scopes
        self.source = source
        self.auditLog = auditLog
        self.clock = clock
    }

    /// Performs `action` on `meeting` and reports how it ended. Never throws: when the audit record
    /// cannot be written, the report says so in `auditProblem`.
    public func perform(_ action: MeetingAction, on meeting: MeetingReference, force: Bool = false) async
        -> ControlReport
    {
        let started = clock.now
        var report = await send(action, to: meeting, force: force)
        report.auditProblem = auditLog?.recordOrWarn(
            AuditEntry(
                time: clock.now, meeting: meeting, action: action.auditName, target: action.auditTarget,
                outcome: report.outcome.rawValue, zoomCode: report.zoomCode,
                elapsed: clock.now.timeIntervalSince(started), reason: report.reason))
        return report
    }

    private func send(_ action: MeetingAction, to meeting: MeetingReference, force: Bool) async -> ControlReport {
        do { try action.validate() } catch {
            return ControlReport(
                outcome: .refused, action: action, meeting: meeting, reason: "Nothing was sent: \(error.description)",
                nextStep: nil, cause: nil, zoomCode: nil)
        }
        if let problem = ScopeAdvice.problem(for: action.capability, scopes: scopes, source: source), !force {
            return ControlReport(
                outcome: .refused, action: action, meeting: meeting, reason: "Nothing was sent: \(problem)",
                nextStep: ScopeAdvice.fix(for: action.capability, source: source),
                cause: .missingScopes(action.capability.acceptedScopes), zoomCode: nil)
        }
        do {
            switch action {
            case .phoneCallout(let call): try await client.send(.phoneCallout(call), to: meeting)
            case .recording(let recording): try await client.send(.recording(recording), to: meeting)
            case .endMeeting: try await client.endMeeting(meeting)
            }
            return ControlReport(
                outcome: .done, action: action, meeting: meeting, reason: action.doneText, nextStep: nil, cause: nil,
                zoomCode: nil)
        } catch {
            let analysis = FailureAnalysis(error, capability: action.capability, source: source)
            let outcome: ControlReport.Outcome =
                switch analysis.kind {
                case .refused: .refused
                case .failed: .failed
                case .ambiguous: .unknown
                }
            let next =
                analysis.kind == .ambiguous ? "Check the meeting in Zoom before trying again." : analysis.nextStep
            return ControlReport(
                outcome: outcome, action: action, meeting: meeting, reason: analysis.reason, nextStep: next,
                cause: analysis.cause, zoomCode: analysis.zoomCode)
        }
    }
}
