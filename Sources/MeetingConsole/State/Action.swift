import FoundationEssentials
import MeetingKit

/// Something that happened: a key, a resize, the clock reaching a deadline, or a result of work.
enum Action: Sendable {
    case key(KeyPress)
    case resized(TerminalSize)
    /// The event loop woke for a deadline (`AppState.nextDeadline`).
    case tick
    case identityLoaded(ZoomUser)
    case identityFailed(String)
    /// The pages the view holds, read again: the meetings, where they came from, the token of the
    /// page after them, and why the list is the user's own when it is.
    case meetingsLoaded([LiveMeeting], source: MeetingsSource, nextPageToken: String? = nil, note: String? = nil)
    case meetingsFailed(String)
    /// The next page of the list, fetched because the view reached the end of what it held.
    case moreMeetingsLoaded([LiveMeeting], nextPageToken: String?)
    case moreMeetingsFailed(String)
    /// Zoom's answer about a meeting typed with `:meeting`.
    case meetingChecked(MeetingReference, MeetingCheck)
    case participantsLoaded(MeetingReference, [Participant])
    case participantsFailed(MeetingReference, ParticipantsProblem)
    /// Zoom's answer to a control (phone call-out, recording, end meeting).
    case controlAnswered(ticket: Int, ControlAnswer)
    case inviteProgressed(ticket: Int, InviteStage)
    /// Keeping the room of an invite moved on.
    case keepProgressed(ticket: Int, KeepState)
    /// An action was taken but its audit record could not be written; the warning says so.
    case auditNotWritten(String)
    /// The SIP address a room dials to join a meeting by itself, and when Zoom gave it.
    case dialInLoaded(MeetingTarget, SIPDialingAddress, receivedAt: Date)
    /// Zoom did not give the dial-in address (or the token may not ask): why.
    case dialInFailed(MeetingTarget, String)
}

/// What Zoom said about a meeting typed with `:meeting` (`GET /meetings/{id}`).
enum MeetingCheck: Sendable, Hashable {
    /// In progress (or not checkable, then taken as typed): open it.
    case live(MeetingTarget)
    /// Not started yet, not found, or a UUID that cannot be used: why, in a sentence.
    case refused(String)
    /// Zoom could not be asked.
    case failed(String)
}

/// How a control ended, as `MeetingControls` reported it.
enum ControlAnswer: Sendable, Hashable {
    /// Zoom accepted it (a 2xx).
    case accepted
    /// It was not done: refused before sending (input, scopes) or by Zoom, or not processed; with the reason.
    case failed(String)
    /// It was sent but the answer was lost: Zoom may have done it.
    case unconfirmed(String)

    /// The answer a control's report gives.
    init(_ report: ControlReport) {
        let reason = report.reason + (report.nextStep.map { " \($0)" } ?? "")
        switch report.outcome {
        case .done: self = .accepted
        case .refused, .failed: self = .failed(reason)
        case .unknown: self = .unconfirmed(reason)
        }
    }
}

extension MeetingAction {
    /// What the operator asked for, in words: "recording start", "phone call-out to +1…".
    var summary: String {
        switch self {
        case .phoneCallout(let callout): return "phone call-out to \(callout.phoneNumber)"
        case .recording(let action): return "recording \(action.rawValue)"
        case .endMeeting: return "end meeting"
        }
    }
}

/// Work the reducer asks for. The effect runner performs it off the UI loop and posts the
/// result back as an `Action`.
enum Effect: Sendable, Hashable {
    /// Ask Zoom who is signed in.
    case loadIdentity
    /// Read the first `pages` pages of the meeting list again.
    case refreshMeetings(pages: Int)
    /// Fetch the page of the list that `token` names.
    case loadMoreMeetings(MeetingsSource, token: String)
    /// Ask Zoom whether a typed meeting is in progress.
    case checkMeeting(MeetingReference)
    /// Load a meeting's participants (people who left included; the view hides them).
    case loadParticipants(MeetingReference)
    /// Send an in-meeting control.
    case sendControl(ticket: Int, MeetingTarget, MeetingAction)
    /// Run a room-system invite to its verdict (after its meeting starts, for a `whenLive` order).
    case runInvite(ticket: Int, InviteOrder)
    /// Run several room-system invites into one meeting side by side, their call-outs spaced.
    case runInvites([InviteAttempt])
    /// Stop an invite that is waiting for its meeting to start; nothing was sent for it.
    case cancelInvite(ticket: Int)
    /// Keep the room of a joined invite connected: watched, and called again when it leaves.
    case keepRoom(ticket: Int, InviteOrder)
    /// Stop keeping the room of an invite.
    case unkeepRoom(ticket: Int)
    /// Ask Zoom for the address a room dials to join the meeting by itself.
    case loadDialIn(MeetingTarget)
    /// Restore the terminal and exit.
    case quit
}
