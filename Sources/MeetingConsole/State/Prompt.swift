import Foundation
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
}

/// The phone call-out form: who is called, and at which number.
struct PhoneForm: Sendable, Hashable {
    /// The form's fields, in Tab order.
    enum Field: Sendable, Hashable, CaseIterable {
        case name, number
    }

    var meeting: MeetingTarget
    var name = ""
    var number = ""
    var focus = Field.number

    init(meeting: MeetingTarget) {
        self.meeting = meeting
    }

    /// Why the number cannot be called, or `nil` when it can.
    var numberProblem: String? {
        PhoneNumberCheck.problem(with: number)
    }

    /// The call-out to send, when the form is complete.
    var callout: InMeetingEvent.PhoneCallout? {
        guard numberProblem == nil else { return nil }
        let invitee = name.trimmingCharacters(in: .whitespaces)
        return InMeetingEvent.PhoneCallout(inviteeName: invitee.isEmpty ? PhoneNumberCheck.normalised(number) : invitee,
                                           phoneNumber: PhoneNumberCheck.normalised(number))
    }
}

/// What Zoom accepts as a call-out number: E.164, a `+`, the country code and the number.
enum PhoneNumberCheck {
    /// The number without spaces, dashes, dots or brackets.
    static func normalised(_ input: String) -> String {
        input.filter { !" -.()".contains($0) }
    }

    /// Why the number cannot be called, or `nil` when it can.
    static func problem(with input: String) -> String? {
        let number = normalised(input)
        if number.isEmpty { return "type the number with its country code, e.g. +14155550100" }
        guard number.hasPrefix("+") else { return "start with + and the country code" }
        let digits = number.dropFirst()
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return "only digits after the +" }
        guard (8...15).contains(digits.count) else { return "E.164 numbers have 8 to 15 digits, this has \(digits.count)" }
        return nil
    }
}
