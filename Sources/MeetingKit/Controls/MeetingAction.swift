/// A control that changes a live meeting, other than a room-system call-out (see `InviteWorkflow`).
public enum MeetingAction: Sendable, Hashable {
    case phoneCallout(InMeetingEvent.PhoneCallout)
    case recording(InMeetingEvent.RecordingAction)
    case endMeeting

    /// The feature this action needs, for the scope preflight.
    public var capability: Capability {
        switch self {
        case .phoneCallout: return .phoneCallout
        case .recording: return .recording
        case .endMeeting: return .endMeeting
        }
    }

    /// The action's name in the audit log.
    public var auditName: String {
        switch self {
        case .phoneCallout: return "phone_callout"
        case .recording(let action): return "recording.\(action.rawValue)"
        case .endMeeting: return "end_meeting"
        }
    }

    /// What the action targets, for the audit log: the phone number, when there is one.
    var auditTarget: String? {
        if case .phoneCallout(let call) = self { return call.phoneNumber }
        return nil
    }

    /// Checks what the operator typed before anything is sent: a phone call-out's number must be
    /// E.164 and its name a plain display name (what `CalloutDetails` accepts).
    public func validate() throws(InputError) {
        guard case .phoneCallout(let call) = self else { return }
        let checked = try CalloutDetails.phoneCallout(
            number: call.phoneNumber, name: call.inviteeName,
            requireGreeting: call.requireGreeting, requirePressingOne: call.requirePressingOne)
        guard checked.phoneNumber == call.phoneNumber else {
            throw .phoneNumber(
                call.phoneNumber,
                reason: "write it as + and the digits only, like +14155550100 (an extension after a hyphen)")
        }
    }

    /// A phrase for reports: "recording started".
    public var doneText: String {
        switch self {
        case .phoneCallout(let call): return "Zoom accepted the call to \(call.phoneNumber); it rings now"
        case .recording(.start): return "recording started"
        case .recording(.stop): return "recording stopped"
        case .recording(.pause): return "recording paused"
        case .recording(.resume): return "recording resumed"
        case .endMeeting: return "the meeting was ended for everyone"
        }
    }
}
