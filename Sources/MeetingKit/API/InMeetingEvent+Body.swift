import Foundation

extension InMeetingEvent {
    /// The JSON body of `PATCH /live_meetings/{meetingId}/events` for this event, keys sorted.
    public func requestBody() -> Data {
        var body: [String: Any] = ["method": method]
        if let params = parameters { body["params"] = params }
        // The values are strings, booleans, arrays and dictionaries only: serialisation cannot fail.
        return (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }

    private var parameters: [String: Any]? {
        switch self {
        case .inviteContacts(let contacts):
            return ["contacts": contacts.map { contact -> [String: String] in
                switch contact {
                case .email(let email): return ["email": email]
                case .userID(let id): return ["id": id]
                }
            }]
        case .phoneCallout(let call):
            return [
                "invitee_name": call.inviteeName,
                "phone_number": call.phoneNumber,
                "invite_options": ["require_greeting": call.requireGreeting, "require_pressing_one": call.requirePressingOne],
            ]
        case .roomSystemCallout(let call):
            var params: [String: Any] = ["call_type": call.callType.rawValue, "device_ip": call.deviceAddress]
            var headers: [String: Any] = [:]
            if let name = call.fromDisplayName { headers["from_display_name"] = name }
            if let name = call.toDisplayName { headers["to_display_name"] = name }
            switch call.callType {
            case .sip:
                if let uri = call.fromURI { headers["from_uri"] = uri }
                if !call.additionalHeaders.isEmpty {
                    headers["additional_headers"] = call.additionalHeaders.map { ["key": $0.key, "value": $0.value] }
                }
                if !headers.isEmpty { params["sip_headers"] = headers }
            case .h323:
                if !headers.isEmpty { params["h323_headers"] = headers }
            }
            return params
        case .recording:
            return nil
        case .updateWaitingRoom(let title, let description):
            var params: [String: Any] = [:]
            if let title { params["waiting_room_title"] = title }
            if let description { params["waiting_room_description"] = description }
            return params
        }
    }
}
