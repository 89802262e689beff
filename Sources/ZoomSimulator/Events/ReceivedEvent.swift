import FoundationEssentials
import PlainText

/// An in-meeting event as the simulator received it: a parsed and validated
/// `PATCH /live_meetings/{meetingId}/events` body, checked against the methods and limits Zoom
/// documents (docs/zoom-api.md). There is no documented `participant.remove`, so it is refused
/// like any unknown method. (MeetingKit's `InMeetingEvent` is the client's side of the same body.)
enum ReceivedEvent: Sendable {
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
    case aiCompanion(action: String, mode: String?)

    static let roomSystemCallout = "participant.invite.room_system_callout"
    static let phoneCallout = "participant.invite.callout"
    /// `ai_companion_mode` values Zoom documents.
    static let aiCompanionModes: Set<String> = ["questions", "summary", "all"]
    /// Zoom's documented limits on a room-system call-out's headers.
    static let maxDisplayName = 64, maxFromURI = 256, maxHeaders = 10, maxHeaderKey = 32, maxHeaderValue = 256

    /// Parses a body as Zoom validates it; a violation is a 400 code 300 error.
    init(body: Data) throws(APIError) {
        guard let root = JSONValue.object(in: body) else {
            throw .invalid("Request Body should be a valid JSON object.")
        }
        guard let method = root["method"]?.string else {
            throw .validation([.init(field: "method", message: "method is required")])
        }
        let params = root["params"]?.object ?? [:]
        switch method {
        case "recording.start", "recording.stop", "recording.pause", "recording.resume":
            self = .recording(action: String(method.dropFirst("recording.".count)))
        case "participant.invite":
            let contacts = params["contacts"]?.objects ?? []
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
            let title = params["waiting_room_title"]?.string
            let description = params["waiting_room_description"]?.string
            guard title != nil || description != nil else {
                throw .validation([
                    .init(field: "params", message: "waiting_room_title or waiting_room_description is required.")
                ])
            }
            self = .waitingRoomUpdate(title: title, description: description)
        case "ai_companion.start", "ai_companion.stop", "ai_companion.disable":
            self = .aiCompanion(
                action: String(method.dropFirst("ai_companion.".count)), mode: try Self.aiCompanionMode(params))
        default:
            throw .validation([.init(field: "method", message: "Invalid method: \(method).")])
        }
    }

    private static func nonEmpty(_ value: JSONValue?) -> String? {
        value?.string.flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 }
    }

    private static func aiCompanionMode(_ params: [String: JSONValue]) throws(APIError) -> String? {
        var errors: [APIError.FieldError] = []
        let mode = params["ai_companion_mode"]
        if let mode, !(mode.string.map(aiCompanionModes.contains) ?? false) {
            errors.append(
                .init(
                    field: "params.ai_companion_mode", message: "ai_companion_mode must be questions, summary or all."))
        }
        for flag in ["delete_meeting_assets", "retain_meeting_transcript"] where !(params[flag]?.isBool ?? true) {
            errors.append(.init(field: "params.\(flag)", message: "\(flag) must be a boolean."))
        }
        guard errors.isEmpty else { throw .validation(errors) }
        return mode?.string
    }

    private static func phoneCallout(_ params: [String: JSONValue]) throws(APIError) -> Callout {
        guard let number = nonEmpty(params["phone_number"]) else {
            throw .validation([.init(field: "params.phone_number", message: "phone_number is required.")])
        }
        let digits = number.filter { !" -()".contains($0) }
        guard digits.hasPrefix("+") || digits.first?.isNumber == true,
            digits.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }), digits.count >= 6
        else {
            throw .validation([.init(field: "params.phone_number", message: "Invalid phone number with country code.")])
        }
        if let options = params["invite_options"] {
            let flags = ["require_greeting", "require_pressing_one"]
            guard let fields = options.object, fields.allSatisfy({ flags.contains($0.key) && $0.value.isBool }) else {
                throw .validation([
                    .init(
                        field: "params.invite_options",
                        message: "invite_options holds require_greeting and require_pressing_one, both booleans.")
                ])
            }
        }
        return Callout(
            method: phoneCallout, callType: nil, address: number, toDisplayName: nonEmpty(params["invitee_name"]),
            fromDisplayName: nil, fromURI: nil, additionalHeaders: [])
    }

    private static func roomSystemCallout(_ params: [String: JSONValue]) throws(APIError) -> Callout {
        var errors: [APIError.FieldError] = []
        let callType = params["call_type"]?.string
        if callType != "sip" && callType != "h323" {
            errors.append(.init(field: "params.call_type", message: "call_type must be sip or h323."))
        }
        let address = nonEmpty(params["device_ip"])
        if address == nil { errors.append(.init(field: "params.device_ip", message: "device_ip is required.")) }
        let headersKey = callType == "h323" ? "h323_headers" : "sip_headers"
        let headers = params[headersKey]?.object ?? [:]
        let fromURI = nonEmpty(headers["from_uri"])
        if let fromURI,
            !(fromURI.lowercased().hasPrefix("sip:") || fromURI.lowercased().hasPrefix("sips:"))
                || fromURI.count > maxFromURI
        {
            errors.append(
                .init(
                    field: "params.\(headersKey).from_uri",
                    message: "from_uri starts with sip: or sips: and has at most \(maxFromURI) characters."))
        }
        for name in ["from_display_name", "to_display_name"]
        where headers[name]?.string?.utf16.count ?? 0 > maxDisplayName {
            errors.append(
                .init(
                    field: "params.\(headersKey).\(name)", message: "\(name) has at most \(maxDisplayName) characters.")
            )
        }
        var additional: [SimulatedCallout.Header] = []
        if callType == "sip", let list = headers["additional_headers"] {
            let items = list.objects ?? []
            if !(1...maxHeaders).contains(items.count) {
                errors.append(
                    .init(
                        field: "params.sip_headers.additional_headers",
                        message: "Between 1 and \(maxHeaders) additional headers are allowed."))
            }
            for item in items {
                let key = item["key"]?.string ?? ""
                let value = item["value"]?.string ?? ""
                if !key.lowercased().hasPrefix("x-") || key.count < 3 || key.count > maxHeaderKey
                    || value.count > maxHeaderValue
                {
                    errors.append(
                        .init(
                            field: "params.sip_headers.additional_headers",
                            message:
                                "Header names start with X-; a key has at most \(maxHeaderKey) characters, a value at most \(maxHeaderValue): \(key)."
                        ))
                }
                additional.append(.init(key: key, value: value))
            }
        }
        guard errors.isEmpty, let callType, let address else { throw .validation(errors) }
        return Callout(
            method: roomSystemCallout, callType: callType, address: address,
            toDisplayName: nonEmpty(headers["to_display_name"]),
            fromDisplayName: nonEmpty(headers["from_display_name"]),
            fromURI: fromURI, additionalHeaders: additional)
    }
}
