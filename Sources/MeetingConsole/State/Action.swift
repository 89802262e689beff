import MeetingKit

/// Something that happened: a key, a resize, the clock reaching a deadline, or a result of work.
enum Action: Sendable {
    case key(KeyPress)
    case resized(TerminalSize)
    /// The event loop woke for a deadline (`AppState.nextDeadline`).
    case tick
    case identityLoaded(ZoomUser)
    case identityFailed(String)
    case meetingsLoaded([LiveMeeting], source: MeetingsSource)
    case meetingsFailed(String)
    case participantsLoaded(MeetingReference, [Participant])
    case participantsFailed(MeetingReference, ParticipantsProblem)
    /// Zoom's answer to a control (phone call-out, recording, end meeting).
    case controlAnswered(ticket: Int, ControlAnswer)
    case inviteProgressed(ticket: Int, InviteStage)
}

/// Zoom's answer to a control request.
enum ControlAnswer: Sendable, Hashable {
    /// Zoom accepted it (a 2xx).
    case accepted
    /// Zoom or the network refused it, with the reason.
    case failed(String)
}

/// An in-meeting control the console sends.
enum Control: Sendable, Hashable {
    case phone(InMeetingEvent.PhoneCallout)
    case recording(InMeetingEvent.RecordingAction)
    case end

    /// What the operator asked for, in words: "recording start", "phone call-out to +1…".
    var summary: String {
        switch self {
        case .phone(let callout): return "phone call-out to \(callout.phoneNumber)"
        case .recording(let action): return "recording \(action.rawValue)"
        case .end: return "end meeting"
        }
    }
}

/// Work the reducer asks for. The effect runner performs it off the UI loop and posts the
/// result back as an `Action`.
enum Effect: Sendable, Hashable {
    /// Ask Zoom who is signed in.
    case loadIdentity
    /// Refresh the meeting list.
    case refreshMeetings
    /// Load a meeting's participants (people who left included; the view hides them).
    case loadParticipants(MeetingReference)
    /// Send an in-meeting control.
    case sendControl(ticket: Int, MeetingTarget, Control)
    /// Run a room-system invite to its verdict.
    case runInvite(ticket: Int, InviteOrder)
    /// Restore the terminal and exit.
    case quit
}
