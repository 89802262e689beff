import MeetingKit
import PlainText

/// The phone call-out form: who is called, at which number, and whether Zoom greets the callee and
/// asks them to press 1 (both on by default, as at Zoom). The form checks what is typed with the
/// same function as `meeting-tui call`.
struct PhoneForm: Sendable, Hashable {
    /// The form's fields, in Tab order.
    enum Field: Sendable, Hashable, CaseIterable {
        case name, number, greeting, pressOne
    }

    var meeting: MeetingTarget
    var name = ""
    var number = ""
    /// `invite_options.require_greeting`.
    var requireGreeting = true
    /// `invite_options.require_pressing_one`: keeps voicemail out of the meeting.
    var requirePressingOne = true
    var focus = Field.number

    init(meeting: MeetingTarget) {
        self.meeting = meeting
    }

    /// The call-out as it will be sent, or why it cannot be.
    var checked: Result<InMeetingEvent.PhoneCallout, InputError> {
        do {
            return .success(
                try CalloutDetails.phoneCallout(
                    number: number, name: name, requireGreeting: requireGreeting,
                    requirePressingOne: requirePressingOne))
        } catch {
            return .failure(error)
        }
    }

    /// Why the form cannot be sent yet, for the line under the fields; `nil` when it can.
    var problem: String? {
        if number.trimmingSpaces().isEmpty { return Self.emptyNumberHint }
        guard case .failure(let error) = checked else { return nil }
        return error.reason
    }

    /// What the line under the fields says while no number is typed.
    static let emptyNumberHint = "type the number with its country code, e.g. +14155550100 (extension after -)"

    /// The call-out to send, when the form is complete.
    var callout: InMeetingEvent.PhoneCallout? {
        guard !number.trimmingSpaces().isEmpty, case .success(let callout) = checked else { return nil }
        return callout
    }

    /// The next field in Tab order (`forward`) or the previous one.
    mutating func moveFocus(forward: Bool) {
        let fields = Field.allCases
        let index = fields.firstIndex(of: focus) ?? 0
        focus = fields[(index + (forward ? 1 : fields.count - 1)) % fields.count]
    }

    /// Switches the focused toggle; returns whether the focus was on one.
    mutating func toggleFocused() -> Bool {
        switch focus {
        case .greeting: requireGreeting.toggle()
        case .pressOne: requirePressingOne.toggle()
        case .name, .number: return false
        }
        return true
    }
}
