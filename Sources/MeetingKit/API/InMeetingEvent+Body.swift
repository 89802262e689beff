import FoundationEssentials

extension InMeetingEvent {
    /// The JSON body of `PATCH /live_meetings/{meetingId}/events` for this event, keys sorted.
    public func requestBody() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // The values are strings, booleans, arrays and objects only: encoding cannot fail.
        return (try? encoder.encode(EventBody(event: self))) ?? Data()
    }
}

/// `{"method": ..., "params": {...}}`, with only the fields Zoom's schema has for the event.
private struct EventBody: Encodable {
    let event: InMeetingEvent

    private enum Key: String, CodingKey {
        case method, params
        case contacts, email, id
        case inviteeName = "invitee_name", phoneNumber = "phone_number", inviteOptions = "invite_options"
        case requireGreeting = "require_greeting", requirePressingOne = "require_pressing_one"
        case callType = "call_type", deviceIP = "device_ip", sipHeaders = "sip_headers", h323Headers = "h323_headers"
        case fromDisplayName = "from_display_name", toDisplayName = "to_display_name", fromURI = "from_uri"
        case additionalHeaders = "additional_headers"
        case waitingRoomTitle = "waiting_room_title", waitingRoomDescription = "waiting_room_description"
    }

    func encode(to encoder: any Encoder) throws {
        var body = encoder.container(keyedBy: Key.self)
        try body.encode(event.method, forKey: .method)
        switch event {
        case .inviteContacts(let contacts):
            var params = body.nestedContainer(keyedBy: Key.self, forKey: .params)
            var list = params.nestedUnkeyedContainer(forKey: .contacts)
            for contact in contacts {
                var entry = list.nestedContainer(keyedBy: Key.self)
                switch contact {
                case .email(let email): try entry.encode(email, forKey: .email)
                case .userID(let id): try entry.encode(id, forKey: .id)
                }
            }
        case .phoneCallout(let call):
            var params = body.nestedContainer(keyedBy: Key.self, forKey: .params)
            try params.encode(call.inviteeName, forKey: .inviteeName)
            try params.encode(call.phoneNumber, forKey: .phoneNumber)
            var options = params.nestedContainer(keyedBy: Key.self, forKey: .inviteOptions)
            try options.encode(call.requireGreeting, forKey: .requireGreeting)
            try options.encode(call.requirePressingOne, forKey: .requirePressingOne)
        case .roomSystemCallout(let call):
            var params = body.nestedContainer(keyedBy: Key.self, forKey: .params)
            try params.encode(call.callType.rawValue, forKey: .callType)
            try params.encode(call.deviceAddress, forKey: .deviceIP)
            try Self.encodeHeaders(of: call, into: &params)
        case .recording:
            break
        case .updateWaitingRoom(let title, let description):
            var params = body.nestedContainer(keyedBy: Key.self, forKey: .params)
            try params.encodeIfPresent(title, forKey: .waitingRoomTitle)
            try params.encodeIfPresent(description, forKey: .waitingRoomDescription)
        }
    }

    /// `sip_headers` (display names, `from_uri`, `additional_headers`) or `h323_headers` (display
    /// names), left out when the call-out sets none of them.
    private static func encodeHeaders(of call: InMeetingEvent.RoomSystemCallout,
                                      into params: inout KeyedEncodingContainer<Key>) throws {
        let sip = call.callType == .sip
        let additional = sip ? call.additionalHeaders : []
        let fromURI = sip ? call.fromURI : nil
        guard call.fromDisplayName != nil || call.toDisplayName != nil || fromURI != nil || !additional.isEmpty else { return }
        var headers = params.nestedContainer(keyedBy: Key.self, forKey: sip ? .sipHeaders : .h323Headers)
        try headers.encodeIfPresent(call.fromDisplayName, forKey: .fromDisplayName)
        try headers.encodeIfPresent(call.toDisplayName, forKey: .toDisplayName)
        try headers.encodeIfPresent(fromURI, forKey: .fromURI)
        if !additional.isEmpty { try headers.encode(additional, forKey: .additionalHeaders) }
    }
}
