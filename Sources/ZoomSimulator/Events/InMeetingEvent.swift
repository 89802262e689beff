import Foundation

/// A parsed and validated `PATCH /live_meetings/{meetingId}/events` body.
enum InMeetingEvent: Sendable {
    /// A room system or phone call-out: what to call and how.
    struct Callout: Sendable {
        var method: String
        var callType: String?
        var address: String
        var toDisplayName: String?
        var fromDisplayName: String?
        var fromURI: String?
        var additionalHeaders: [SimulatedCallout.Header]
    }

    case recording(action: String)
    case invite(contacts: Int)
    case callout(Callout)
    case waitingRoomUpdate(title: String?, description: String?)
    case removeParticipant(uuid: String)

    static let roomSystemCallout = "participant.invite.room_system_callout"
    static let phoneCallout = "participant.invite.callout"

    /// Parses a body as Zoom validates it; a violation is a 400 code 300 error.
    init(body: Data) throws(APIError) {
        guard let object = try? JSONSerialization.jsonObject(with: body), let root = object as? [String: Any] else {
            throw .invalid("Request Body should be a valid JSON object.")
        }
        guard let method = root["method"] as? String else {
            throw .validation([.init(field: "method", message: "method is required")])
        }
        let params = root["params"] as? [String: Any] ?? [:]
        switch method {
        case "recording.start", "recording.stop", "recording.pause", "recording.resume":
            self = .recording(action: String(method.dropFirst("recording.".count)))
        case "participant.invite":
            let contacts = params["contacts"] as? [[String: Any]] ?? []
            guard (1...10).contains(contacts.count) else {
                throw .validation([.init(field: "params.contacts", message: "Between 1 and 10 contacts are required.")])
            }
            guard contacts.allSatisfy({ Self.nonEmpty($0["email"]) != nil || Self.nonEmpty($0["id"]) != nil }) else {
                throw .validation([.init(field: "params.contacts", message: "Each contact needs an email or an id.")])
            }
            self = .invite(contacts: contacts.count)
        case Self.phoneCallout:
            self = .callout(try Self.phoneCallout(params))
        case Self.roomSystemCallout:
            self = .callout(try Self.roomSystemCallout(params))
        case "waiting_room.update":
            let title = params["waiting_room_title"] as? String, description = params["waiting_room_description"] as? String
            guard title != nil || description != nil else {
                throw .validation([.init(field: "params", message: "waiting_room_title or waiting_room_description is required.")])
            }
            self = .waitingRoomUpdate(title: title, description: description)
        case "participant.remove":
            guard let uuid = Self.nonEmpty(params["participant_uuid"]) else {
                throw .validation([.init(field: "params.participant_uuid", message: "participant_uuid is required.")])
            }
            self = .removeParticipant(uuid: uuid)
        default:
            throw .validation([.init(field: "method", message: "Invalid method: \(method).")])
        }
    }

    private static func nonEmpty(_ value: Any?) -> String? {
        (value as? String).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }

    private static func phoneCallout(_ params: [String: Any]) throws(APIError) -> Callout {
        guard let number = nonEmpty(params["phone_number"]) else {
            throw .validation([.init(field: "params.phone_number", message: "phone_number is required.")])
        }
        let digits = number.filter { !" -()".contains($0) }
        guard digits.hasPrefix("+") || digits.first?.isNumber == true,
              digits.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }), digits.count >= 6 else {
            throw .validation([.init(field: "params.phone_number", message: "Invalid phone number with country code.")])
        }
        return Callout(method: phoneCallout, callType: nil, address: number, toDisplayName: nonEmpty(params["invitee_name"]),
                       fromDisplayName: nil, fromURI: nil, additionalHeaders: [])
    }

    private static func roomSystemCallout(_ params: [String: Any]) throws(APIError) -> Callout {
        var errors: [APIError.FieldError] = []
        let callType = params["call_type"] as? String
        if callType != "sip" && callType != "h323" {
            errors.append(.init(field: "params.call_type", message: "call_type must be sip or h323."))
        }
        let address = nonEmpty(params["device_ip"])
        if address == nil { errors.append(.init(field: "params.device_ip", message: "device_ip is required.")) }
        let headersKey = callType == "h323" ? "h323_headers" : "sip_headers"
        let headers = params[headersKey] as? [String: Any] ?? [:]
        let fromURI = nonEmpty(headers["from_uri"])
        if let fromURI, !(fromURI.lowercased().hasPrefix("sip:") || fromURI.lowercased().hasPrefix("sips:")) {
            errors.append(.init(field: "params.sip_headers.from_uri", message: "from_uri must start with sip: or sips:."))
        }
        var additional: [SimulatedCallout.Header] = []
        if callType == "sip", let list = headers["additional_headers"] {
            let items = list as? [[String: Any]] ?? []
            if !(1...10).contains(items.count) {
                errors.append(.init(field: "params.sip_headers.additional_headers", message: "Between 1 and 10 additional headers are allowed."))
            }
            for item in items {
                let key = item["key"] as? String ?? "", value = item["value"] as? String ?? ""
                if !key.lowercased().hasPrefix("x-") || key.count < 3 || key.utf8.count > 256 || value.utf8.count > 256 {
                    errors.append(.init(field: "params.sip_headers.additional_headers",
                                        message: "Header names start with X- and keys and values are at most 256 bytes: \(key)."))
                }
                additional.append(.init(key: key, value: value))
            }
        }
        guard errors.isEmpty, let callType, let address else { throw .validation(errors) }
        return Callout(method: roomSystemCallout, callType: callType, address: address,
                       toDisplayName: nonEmpty(headers["to_display_name"]), fromDisplayName: nonEmpty(headers["from_display_name"]),
                       fromURI: fromURI, additionalHeaders: additional)
    }
}
