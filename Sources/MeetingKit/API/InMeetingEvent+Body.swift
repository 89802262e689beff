import FoundationEssentials

extension InMeetingEvent {
    /// The JSON body of `PATCH /live_meetings/{meetingId}/events` for this event, keys sorted.
    public func requestBody() -> Data {
        // Strings, booleans, arrays and objects only: encoding cannot fail.
        (try? ZoomRequestBody.json(EventBody(self))) ?? Data()
    }
}

/// `{"method": ..., "params": {...}}`; a recording action has no `params`.
private struct EventBody: Encodable {
    let method: String
    let params: (any Encodable)?

    init(_ event: InMeetingEvent) {
        method = event.method
        switch event {
        case .inviteContacts(let contacts):
            params = InviteParams(contacts: contacts.map(InviteParams.Contact.init))
        case .phoneCallout(let call):
            params = PhoneCalloutParams(
                inviteeName: call.inviteeName, phoneNumber: call.phoneNumber,
                inviteOptions: .init(
                    requireGreeting: call.requireGreeting,
                    requirePressingOne: call.requirePressingOne))
        case .roomSystemCallout(let call):
            params = RoomSystemCalloutParams(call)
        case .recording:
            params = nil
        case .updateWaitingRoom(let title, let description):
            params = WaitingRoomParams(waitingRoomTitle: title, waitingRoomDescription: description)
        }
    }

    private enum CodingKeys: CodingKey {
        case method, params
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(method, forKey: .method)
        if let params { try container.encode(params, forKey: .params) }
    }
}

/// `participant.invite`: each contact by `email` or by `id`.
private struct InviteParams: Encodable {
    struct Contact: Encodable {
        var email: String?
        var id: String?

        init(_ contact: InMeetingEvent.Contact) {
            switch contact {
            case .email(let email): self.email = email
            case .userID(let id): self.id = id
            }
        }
    }

    let contacts: [Contact]
}

/// `participant.invite.callout`.
private struct PhoneCalloutParams: Encodable {
    struct InviteOptions: Encodable {
        let requireGreeting: Bool
        let requirePressingOne: Bool
    }

    let inviteeName: String
    let phoneNumber: String
    let inviteOptions: InviteOptions
}

/// `participant.invite.room_system_callout`: the headers go under `sip_headers` or `h323_headers`
/// by call type, and only when there is one; the caller's URI and custom headers are SIP's only.
private struct RoomSystemCalloutParams: Encodable {
    struct Headers: Encodable {
        var fromDisplayName: String?
        var toDisplayName: String?
        var fromURI: String?
        var additionalHeaders: [InMeetingEvent.SIPHeader]?

        var isEmpty: Bool {
            fromDisplayName == nil && toDisplayName == nil && fromURI == nil && additionalHeaders == nil
        }
    }

    let callType: String
    let deviceIP: String
    var sipHeaders: Headers?
    var h323Headers: Headers?

    init(_ call: InMeetingEvent.RoomSystemCallout) {
        callType = call.callType.rawValue
        deviceIP = call.deviceAddress
        var headers = Headers(fromDisplayName: call.fromDisplayName, toDisplayName: call.toDisplayName)
        switch call.callType {
        case .sip:
            headers.fromURI = call.fromURI
            headers.additionalHeaders = call.additionalHeaders.isEmpty ? nil : call.additionalHeaders
            sipHeaders = headers.isEmpty ? nil : headers
        case .h323:
            h323Headers = headers.isEmpty ? nil : headers
        }
    }
}

/// `waiting_room.update`: an empty `params` object when neither is given.
private struct WaitingRoomParams: Encodable {
    let waitingRoomTitle: String?
    let waitingRoomDescription: String?
}
