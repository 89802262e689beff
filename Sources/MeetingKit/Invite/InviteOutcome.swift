import FoundationEssentials

/// The one outcome an invite ends with. Never `joined` unless the room system was seen in the meeting.
public enum InviteOutcome: String, Sendable, Codable, CaseIterable {
    /// The room system is in the meeting.
    case joined
    /// The room system reached the waiting room: someone must admit it.
    case waitingRoom = "waiting_room"
    /// Zoom accepted the call-out but the room system did not join in time.
    case notJoined = "not_joined"
    /// Zoom accepted the call-out, but whether it joined cannot be seen (no Dashboard access, or the answer was lost).
    case unconfirmed
    /// Nothing useful was sent: the preflight refused, or Zoom said no.
    case refused
    /// Zoom could not be reached or failed.
    case failed

    /// A short phrase with a mark for terminals: "joined ✓", "not joined ✗".
    public var label: String {
        switch self {
        case .joined: return "joined ✓"
        case .waitingRoom: return "in waiting room"
        case .notJoined: return "not joined ✗"
        case .unconfirmed: return "unconfirmed ?"
        case .refused: return "refused ✗"
        case .failed: return "failed ✗"
        }
    }
}

/// Why an invite did not simply succeed, for exit codes and advice.
public enum InviteCause: Sendable, Equatable {
    /// The token lacks these scopes (from the preflight, or Zoom's 4711).
    case missingScopes([String])
    /// The caller is not the meeting's host (Zoom 3003).
    case notHost
    /// The meeting does not exist or has ended (Zoom 3001).
    case meetingNotFound
    /// Zoom refused the request for another reason.
    case zoomRefused(code: Int?)
    /// The credentials are missing or were rejected.
    case credentials
    /// The room system is already in the meeting; calling again would double it.
    case alreadyPresent
    /// Zoom's rate limit stopped the request before it was processed.
    case rateLimited
    /// Zoom could not be reached; nothing was sent.
    case unreachable
    /// The request was sent but the answer was lost or an error came back: Zoom may have processed it.
    case answerLost
    /// The participants could not be read, so the join cannot be seen.
    case cannotVerify
    /// Verification was switched off.
    case notVerified
    /// The room system did not show up before the timeout.
    case timedOut
    /// The meeting did not start while the invite waited for it (`--when-live`), or the wait was cancelled: nothing was sent.
    case meetingNotStarted
}

/// Where a running invite is, for progress displays.
public enum InviteProgress: Sendable, Equatable {
    case preflight
    /// Waiting for the meeting to start (`runWhenLive`); nothing is sent before it does.
    case waitingForStart(MeetingDetails, remaining: TimeInterval)
    case sending
    /// Zoom accepted the call-out; watching for the room system.
    case ringing(elapsed: Double)
}
