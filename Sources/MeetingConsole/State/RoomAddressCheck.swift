import Foundation
import MeetingKit

/// Checks a room-system address as the operator types it and returns the form Zoom is sent.
public enum RoomAddressCheck {
    /// The normalised address (`sip:room@host`, or the H.323 address), or why it cannot be called.
    public static func check(callType: RoomSystemCallType, input: String) -> Result<String, InputError> {
        let text = input.trimmingCharacters(in: .whitespaces)
        switch callType {
        case .sip:
            var rest = text
            for scheme in ["sips:", "sip:"] where rest.lowercased().hasPrefix(scheme) { rest = String(rest.dropFirst(scheme.count)) }
            let parts = rest.split(separator: "@", omittingEmptySubsequences: false)
            guard !text.isEmpty else { return .failure(.sipAddress(input, reason: "type a SIP URI such as sip:room@example.com")) }
            guard parts.count == 2, !parts[0].isEmpty else { return .failure(.sipAddress(input, reason: "a SIP URI needs user@host")) }
            guard !parts[1].isEmpty else { return .failure(.sipAddress(input, reason: "the host after @ is missing")) }
            guard !rest.contains(where: \.isWhitespace) else { return .failure(.sipAddress(input, reason: "spaces are not allowed")) }
            let scheme = text.lowercased().hasPrefix("sips:") ? "sips:" : "sip:"
            return .success(scheme + rest)
        case .h323:
            guard !text.isEmpty else { return .failure(.h323Address(input, reason: "type an IP address, host name, E.164 number or alias")) }
            guard !text.contains(where: \.isWhitespace) else { return .failure(.h323Address(input, reason: "spaces are not allowed")) }
            return .success(text)
        }
    }
}
