import FoundationEssentials
import MeetingKit

/// What the keyboard is feeding when it is not moving through a list: a line being typed,
/// a form, or a question waiting for an answer. At most one is open at a time.
enum Prompt: Sendable, Hashable {
    /// Typing the current list's filter after `/`.
    case filter
    /// Typing a command after `:`.
    case command(String)
    /// The invite form.
    case inviteForm(InviteForm)
    /// "Call this room into this meeting?" — `y` or Enter sends, anything else cancels.
    case confirmInvite(InviteOrder)
    /// "Call these rooms into this meeting?" (rooms marked in the invite form) — one answer for all.
    case confirmInvites([InviteOrder])
    /// The phone call-out form.
    case phoneForm(PhoneForm)
    /// "Call this number into this meeting?"
    case confirmPhone(MeetingTarget, InMeetingEvent.PhoneCallout)
    /// Choosing start, stop, pause or resume.
    case recordingMenu(MeetingTarget)
    /// "Start the recording of this meeting?"
    case confirmRecording(MeetingTarget, InMeetingEvent.RecordingAction)
    /// Ending a meeting: the operator types the meeting ID or `yes`.
    case endMeeting(MeetingTarget, typed: String)
    /// "Quit while call-outs are still being verified?" — `y`, Enter or the quit key again quits;
    /// any other key stays, back in the prompt that was open (if any).
    indirect case confirmQuit(resuming: Prompt?)
    /// The address a room dials to join the meeting by itself, and when Zoom gave it; any key closes it.
    case dialIn(MeetingTarget, SIPDialingAddress, receivedAt: Date)
}
