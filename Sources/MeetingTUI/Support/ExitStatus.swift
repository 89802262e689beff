import ArgumentParser
import MeetingKit

/// The exit statuses of `meeting-tui`, after sysexits.h, so scripts can tell failures apart.
enum ExitStatus: Int32, CaseIterable {
    /// Done (for `invite`: joined, or accepted with `--no-verify`).
    case ok = 0
    /// Wrong command-line usage.
    case usage = 64
    /// An invalid address, number or meeting ID: nothing was sent.
    case invalidInput = 65
    /// Zoom unreachable or failing.
    case unavailable = 69
    /// Zoom accepted the request but the result is not confirmed (not joined, waiting room, unconfirmed),
    /// or the meeting has not started (yet, or within `invite --when-live --wait`): nothing was sent.
    case notConfirmed = 75
    /// Not permitted: a missing scope, not the host, or Zoom refused; nothing happened.
    case notPermitted = 77
    /// Credentials or configuration missing or rejected.
    case configuration = 78

    var exitCode: ExitCode { ExitCode(rawValue) }

    /// The status for an invite's outcome.
    init(_ report: InviteReport) {
        switch report.outcome {
        case .joined: self = .ok
        case .unconfirmed where report.cause == .notVerified: self = .ok
        case .waitingRoom, .notJoined, .unconfirmed: self = .notConfirmed
        case .refused: self = report.cause == .meetingNotFound ? .invalidInput : .notPermitted
        case .failed: self = report.cause == .credentials ? .configuration : .unavailable
        }
    }

    /// The worst of several statuses (several rooms in one invite): success only when all
    /// succeeded; otherwise a failure of the command itself (credentials, Zoom unreachable, bad
    /// input) before a refusal, and a refusal before an unconfirmed join.
    static func worst(_ statuses: [ExitStatus]) -> ExitStatus {
        let order: [ExitStatus] = [
            .ok, .notConfirmed, .notPermitted, .invalidInput, .unavailable, .configuration, .usage,
        ]
        return statuses.max { order.firstIndex(of: $0) ?? 0 < order.firstIndex(of: $1) ?? 0 } ?? .ok
    }

    /// The status for an error that ended a command.
    init(_ error: any Error) {
        switch error {
        case is InputError: self = .invalidInput
        case is CredentialError, is TokenStoreError, is ConfigurationError, is FileSecurityError, is OAuthError:
            self = .configuration
        case let error as ZoomAPIError:
            switch error {
            case .missingScopes: self = .notPermitted
            case .zoom(let status, let code, _) where status < 500:
                self = code == 3001 ? .invalidInput : .notPermitted
            case .unauthorized, .credentials: self = .configuration
            case .zoom, .rateLimited, .transport, .malformedResponse: self = .unavailable
            }
        case let failure as CommandFailure: self = failure.status
        default: self = .unavailable
        }
    }
}

/// An error that ends a command with a message and a chosen exit status.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    let status: ExitStatus
}
