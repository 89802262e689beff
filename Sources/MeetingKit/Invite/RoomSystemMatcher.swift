import Foundation

/// Recognises the called room system in a participant list: by `sip_uri`, by the display name sent
/// in the headers, or by the address, among participants who joined after the call-out was sent.
struct RoomSystemMatcher: Sendable {
    let target: RoomSystemAddress
    let displayName: String?
    /// Participants present before the call-out: they are not the new arrival.
    let alreadyPresent: Set<String>
    /// Join times earlier than this (minus a margin for clock skew) are not the new arrival.
    let sentAt: Date
    static let clockSkew: TimeInterval = 30

    /// The participant that is the room system, preferring one in the meeting over one in the waiting room.
    func find(in participants: [Participant]) -> Participant? {
        let candidates = participants.filter { participant in
            participant.isPresent && !alreadyPresent.contains(participant.id)
                && (participant.joinTime.map { $0 >= sentAt.addingTimeInterval(-Self.clockSkew) } ?? true)
                && matches(participant)
        }
        return candidates.first { $0.status == .inMeeting } ?? candidates.first
    }

    /// Whether this participant is the room system, whenever it joined.
    func matches(_ participant: Participant) -> Bool {
        let wanted = Self.addressKey(target.address)
        for uri in [participant.sipURI, participant.fromSIPURI].compactMap({ $0 }) where Self.addressKey(uri) == wanted {
            return true
        }
        if let displayName, participant.name.caseInsensitiveCompare(displayName) == .orderedSame { return true }
        if let ip = participant.ipAddress, Self.addressKey(ip) == wanted { return true }
        return Self.addressKey(participant.name) == wanted
    }

    /// An address reduced for comparison: no scheme, parameters or default port; lower-cased.
    static func addressKey(_ address: String) -> String {
        var text = address.lowercased().trimmingCharacters(in: .whitespaces)
        for scheme in ["sips:", "sip:", "h323:"] where text.hasPrefix(scheme) {
            text.removeFirst(scheme.count)
        }
        if let semicolon = text.firstIndex(of: ";") { text = String(text[..<semicolon]) }
        for port in [":5060", ":5061", ":1720"] where text.hasSuffix(port) {
            text.removeLast(port.count)
        }
        return text
    }
}
