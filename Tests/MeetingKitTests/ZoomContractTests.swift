import Foundation
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Every request body MeetingKit builds for a control (room SIP, room H.323, phone, recording, end),
/// built from the largest input its validation lets through and sent by the real client to the
/// simulator, then checked against the limits and enums Zoom documents (docs/zoom-api.md, "In-meeting
/// controls"). The numbers below are Zoom's, not MeetingKit's: a change that lets a body break
/// Zoom's contract fails here.
final class ZoomContractTests: XCTestCase {
    /// Zoom's documented contract for `PATCH /live_meetings/{id}/events` and `PUT /meetings/{id}/status`.
    private enum Documented {
        static let methods: Set<String> = [
            "recording.start", "recording.stop", "recording.pause", "recording.resume", "participant.invite",
            "participant.invite.callout", "participant.invite.room_system_callout", "waiting_room.update",
            "ai_companion.start", "ai_companion.stop", "ai_companion.disable",
        ]
        static let callTypes: Set<String> = ["sip", "h323"]
        static let displayNameLength = 64
        static let fromURILength = 256
        static let headerCount = 1...10
        static let headerKeyLength = 32
        static let headerValueLength = 256
        static let phoneDigits = 8...15
        static let extensionDigits = 1...10

        /// Whether `number` is `+`, the country code and number, then an optional extension after a hyphen.
        static func isPhoneNumber(_ number: String) -> Bool {
            let parts = number.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            let main = parts[0]
            let digits = main.dropFirst()
            guard main.hasPrefix("+"), phoneDigits.contains(digits.count), digits.allSatisfy(\.isNumber) else {
                return false
            }
            return parts.count == 1 || (extensionDigits.contains(parts[1].count) && parts[1].allSatisfy(\.isNumber))
        }
    }

    /// What is wrong with one recorded request, as readable lines; empty when it keeps the contract.
    private func violations(of request: RecordedRequest) -> [String] {
        guard let body = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any] else {
            return ["not a JSON object"]
        }
        if request.method == "PUT" {
            return body.count == 1 && body["action"] as? String == "end"
                ? [] : ["the status body is not {\"action\":\"end\"}: \(body)"]
        }
        guard let method = body["method"] as? String, Documented.methods.contains(method) else {
            return ["undocumented method: \(body)"]
        }
        var problems = unexpectedKeys(body, allowed: ["method", "params"], at: "body")
        let params = body["params"] as? [String: Any] ?? [:]
        switch method {
        case "participant.invite.room_system_callout": problems += roomSystemViolations(params)
        case "participant.invite.callout": problems += phoneViolations(params)
        default: problems += params.isEmpty ? [] : ["\(method) takes no params: \(params)"]
        }
        return problems
    }

    private func roomSystemViolations(_ params: [String: Any]) -> [String] {
        var problems = unexpectedKeys(
            params, allowed: ["call_type", "device_ip", "sip_headers", "h323_headers"], at: "params")
        guard let callType = params["call_type"] as? String, Documented.callTypes.contains(callType) else {
            return problems + ["call_type"]
        }
        if (params["device_ip"] as? String ?? "").isEmpty { problems.append("device_ip is empty") }
        let headersKey = callType == "sip" ? "sip_headers" : "h323_headers"
        if params[callType == "sip" ? "h323_headers" : "sip_headers"] != nil {
            problems.append("headers of the other call type")
        }
        let headers = params[headersKey] as? [String: Any] ?? [:]
        let allowed: Set<String> =
            callType == "sip"
            ? ["from_display_name", "to_display_name", "from_uri", "additional_headers"]
            : ["from_display_name", "to_display_name"]
        problems += unexpectedKeys(headers, allowed: allowed, at: headersKey)
        for name in ["from_display_name", "to_display_name"] {
            if let value = headers[name] as? String, value.utf16.count > Documented.displayNameLength {
                problems.append("\(name) is \(value.utf16.count) long")
            }
        }
        if let uri = headers["from_uri"] as? String {
            if uri.utf8.count > Documented.fromURILength { problems.append("from_uri is \(uri.utf8.count) bytes") }
            if !(uri.hasPrefix("sip:") || uri.hasPrefix("sips:")) {
                problems.append("from_uri does not start with sip: or sips:")
            }
        }
        if let list = headers["additional_headers"] {
            let items = list as? [[String: Any]] ?? []
            if !Documented.headerCount.contains(items.count) { problems.append("\(items.count) additional headers") }
            for item in items {
                problems += unexpectedKeys(item, allowed: ["key", "value"], at: "additional_headers[]")
                let key = item["key"] as? String ?? ""
                let value = item["value"] as? String ?? ""
                if !key.hasPrefix("X-") && !key.hasPrefix("x-") {
                    problems.append("header \(key) does not start with X-")
                }
                if key.utf8.count > Documented.headerKeyLength { problems.append("header key \(key.utf8.count) bytes") }
                if value.utf8.count > Documented.headerValueLength {
                    problems.append("header value \(value.utf8.count) bytes")
                }
            }
        }
        return problems
    }

    private func phoneViolations(_ params: [String: Any]) -> [String] {
        var problems = unexpectedKeys(
            params, allowed: ["invitee_name", "phone_number", "invite_options"], at: "params")
        let number = params["phone_number"] as? String ?? ""
        if !Documented.isPhoneNumber(number) { problems.append("phone_number \(number)") }
        if (params["invitee_name"] as? String ?? "").isEmpty { problems.append("invitee_name is empty") }
        let options = params["invite_options"] as? [String: Any] ?? [:]
        problems += unexpectedKeys(
            options, allowed: ["require_greeting", "require_pressing_one"], at: "invite_options")
        for flag in ["require_greeting", "require_pressing_one"] where !isBoolean(options[flag]) {
            problems.append("invite_options.\(flag) is not a boolean")
        }
        return problems
    }

    private func unexpectedKeys(_ object: [String: Any], allowed: Set<String>, at place: String) -> [String] {
        Set(object.keys).subtracting(allowed).sorted().map { "\(place) has the undocumented field \($0)" }
    }

    /// Whether a decoded JSON value is `true` or `false` (JSONSerialization gives booleans as `NSNumber`s of type `c`).
    private func isBoolean(_ value: Any?) -> Bool {
        (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
    }

    // MARK: - The bodies

    /// The largest inputs MeetingKit's validation accepts, as it defines its limits.
    private static let longestName = String(repeating: "N", count: CalloutDetails.maxDisplayNameLength)
    private static let longestFromURI =
        "sip:" + String(repeating: "u", count: CalloutDetails.maxFromURIBytes - 16) + "@example.com"
    private static let mostHeaders = (1...CalloutDetails.maxHeaders).map { index in
        InMeetingEvent.SIPHeader(
            key: "X-" + String(repeating: "\(index % 10)", count: CalloutDetails.maxHeaderKeyBytes - 2),
            value: String(repeating: "v", count: CalloutDetails.maxHeaderValueBytes))
    }

    func testEveryControlBodyKeepsZoomsDocumentedContract() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        let reference = MeetingReference.id(meeting.id)
        let workflow = InviteWorkflow(
            client: harness.client, scopes: .known(Set(SimulatedApp.accountLevel.scopes)), clock: harness.clock)

        let sip = try InviteRequest(
            meeting: reference, target: RoomSystemAddress.parse(callType: .sip, input: "room@rooms.example.com"),
            displayName: Self.longestName, fromDisplayName: Self.longestName, fromURI: Self.longestFromURI,
            headers: Self.mostHeaders, verify: false
        ).validated()
        let h323 = try InviteRequest(
            meeting: reference, target: RoomSystemAddress.parse(callType: .h323, input: "192.0.2.10##1234"),
            displayName: Self.longestName, fromDisplayName: Self.longestName, verify: false
        ).validated()
        for request in [sip, h323] {
            let report = await workflow.run(request)
            XCTAssertTrue(report.sent, report.reason)
        }
        let phones = try [
            CalloutDetails.phoneCallout(number: "+1 603 233 1333-156", name: Self.longestName),
            CalloutDetails.phoneCallout(
                number: "+1 415 555 0100", name: nil, requireGreeting: false, requirePressingOne: false),
        ]
        for phone in phones { try await harness.client.send(.phoneCallout(phone), to: reference) }
        let recording: [InMeetingEvent.RecordingAction] = [.start, .pause, .resume, .stop]
        XCTAssertEqual(Set(recording), Set(InMeetingEvent.RecordingAction.allCases))
        for action in recording { try await harness.client.send(.recording(action), to: reference) }
        try await harness.client.endMeeting(reference)

        let sent = await harness.simulator.requestLog().filter { $0.method == "PATCH" || $0.method == "PUT" }
        XCTAssertEqual(sent.count, 2 + phones.count + recording.count + 1)
        for request in sent {
            XCTAssertEqual(violations(of: request), [], String(decoding: request.body, as: UTF8.self))
            XCTAssertEqual(
                request.status.map { (200..<300).contains($0) }, true,
                "Zoom's stand-in refused \(request.path): \(request.note ?? "")")
        }
    }

    func testInputOneBeyondEachLimitIsRefusedBeforeABodyIsBuilt() throws {
        let target = try RoomSystemAddress.parse(callType: .sip, input: "room@rooms.example.com")
        let tooLong: [(String, InviteRequest)] = [
            (
                "display name",
                InviteRequest(meeting: .id(85_746_065_432), target: target, displayName: Self.longestName + "N")
            ),
            (
                "caller name",
                InviteRequest(meeting: .id(85_746_065_432), target: target, fromDisplayName: Self.longestName + "N")
            ),
            (
                "caller URI",
                InviteRequest(
                    meeting: .id(85_746_065_432), target: target, fromURI: "sip:u" + Self.longestFromURI.dropFirst(4))
            ),
            (
                "header count",
                InviteRequest(
                    meeting: .id(85_746_065_432), target: target,
                    headers: Self.mostHeaders + [.init(key: "X-Extra", value: "v")])
            ),
            (
                "header key",
                InviteRequest(
                    meeting: .id(85_746_065_432), target: target,
                    headers: [.init(key: Self.mostHeaders[0].key + "k", value: "v")])
            ),
            (
                "header value",
                InviteRequest(
                    meeting: .id(85_746_065_432), target: target,
                    headers: [.init(key: "X-Value", value: Self.mostHeaders[0].value + "v")])
            ),
        ]
        for (limit, request) in tooLong {
            XCTAssertThrowsError(try request.validated(), "one beyond the \(limit) limit was accepted")
        }
        XCTAssertThrowsError(try CalloutDetails.phoneCallout(number: "+1234567890123456", name: nil), "16 digits")
        XCTAssertThrowsError(
            try CalloutDetails.phoneCallout(number: "+14155550100 x12345678901", name: nil), "11-digit extension")
    }
}
