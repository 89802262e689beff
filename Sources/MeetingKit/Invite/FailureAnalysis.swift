/// Sorts a failed request into what it means for the operator: Zoom said no, Zoom was not reached,
/// or the request went out and its fate is unknown.
struct FailureAnalysis: Sendable {
    enum Kind: Sendable, Equatable {
        /// Zoom answered with a refusal: nothing happened.
        case refused
        /// Zoom certainly did not process the request.
        case failed
        /// The request was sent and Zoom may have processed it.
        case ambiguous
    }

    let kind: Kind
    let cause: InviteCause
    let reason: String
    let nextStep: String?
    let zoomCode: Int?

    init(_ error: any Error, capability: Capability, source: CredentialSource?) {
        guard let error = error as? ZoomAPIError else {
            self.init(
                kind: .ambiguous, cause: .answerLost, reason: String(describing: error), nextStep: nil, zoomCode: nil)
            return
        }
        let code = error.zoomCode
        switch error {
        case .missingScopes(_, _, let missing, let message):
            self.init(
                kind: .refused, cause: .missingScopes(missing.isEmpty ? capability.acceptedScopes : missing),
                reason: "Zoom refused: the token lacks a scope (\(message))",
                nextStep: ScopeAdvice.fix(for: capability, source: source), zoomCode: code)
        case .zoom(let status, let zoomCode, let message) where status < 500:
            let cause: InviteCause =
                switch zoomCode {
                case 3001: .meetingNotFound
                case 3003: .notHost
                default: .zoomRefused(code: zoomCode)
                }
            let next: String? =
                switch cause {
                case .meetingNotFound:
                    "Check the meeting ID; the meeting may have ended. `meeting-tui meetings` lists live ones."
                case .notHost:
                    "Only the host or an alternative host can do this: sign in as the host, or with an account-level app."
                case .zoomRefused(code: 3309):
                    "The account has no cloud recording storage: cloud recording needs a paid plan with it switched on."
                default: nil
                }
            self.init(
                kind: .refused, cause: cause,
                reason: "Zoom refused (\(status)\(zoomCode.map { ", code \($0)" } ?? "")): \(message)",
                nextStep: next, zoomCode: zoomCode)
        case .zoom(let status, _, let message):
            self.init(
                kind: .ambiguous, cause: .answerLost,
                reason: "Zoom failed (\(status)): \(message); it may have processed the request",
                nextStep: nil, zoomCode: code)
        case .unauthorized, .credentials:
            self.init(
                kind: .failed, cause: .credentials, reason: error.description,
                nextStep: "Sign in again: `meeting-tui login`, then check with `meeting-tui doctor`.", zoomCode: code)
        case .rateLimited(let info):
            self.init(
                kind: .failed, cause: .rateLimited,
                reason: "Zoom's rate limit stopped the request before it was processed (\(info))",
                nextStep: info.isDailyLimit
                    ? "The account's daily limit is used up; try again tomorrow (UTC)."
                    : "Nothing was processed; try again in a moment.", zoomCode: code)
        case .transport(let transport) where transport.certainlyNotProcessed:
            self.init(
                kind: .failed, cause: .unreachable, reason: "\(transport); nothing was sent",
                nextStep: "Check the network or proxy settings, then try again.", zoomCode: nil)
        case .transport(let transport):
            self.init(
                kind: .ambiguous, cause: .answerLost, reason: "\(transport); Zoom may have processed the request",
                nextStep: nil, zoomCode: nil)
        case .malformedResponse(let detail):
            self.init(
                kind: .ambiguous, cause: .answerLost, reason: "Zoom's answer could not be read (\(detail))",
                nextStep: nil, zoomCode: nil)
        }
    }

    private init(kind: Kind, cause: InviteCause, reason: String, nextStep: String?, zoomCode: Int?) {
        self.kind = kind
        self.cause = cause
        self.reason = reason
        self.nextStep = nextStep
        self.zoomCode = zoomCode
    }
}
