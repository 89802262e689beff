import FoundationEssentials
import PlainText

/// Recognises the called room system in a participant list, among participants who joined after the
/// call-out was sent. Only a room system counts: a participant whose SIP address (`sip_uri`,
/// `from_sip_uri`) is the one dialled, or one Zoom reports as a room system (device `H.323/SIP`) that
/// carries the name sent or the address. A room system that arrives after the call-out also counts
/// when its Contact URI names another host for the same SIP user. A display name is chosen by
/// whoever joins, so anyone else carrying the room's name is a lookalike.
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
        let candidates = participants.filter { isNewArrival($0) && (isRoom($0) || hasContactOfTheSameUser($0)) }
        return candidates.first { $0.status == .inMeeting } ?? candidates.first
    }

    /// Present participants who carry the room's name or address but are not the room system.
    func lookalikes(in participants: [Participant]) -> [Participant] {
        participants.filter { $0.isPresent && namesTheRoom($0) && !isRoom($0) }
    }

    /// Whether this participant is the room system, whenever it joined (its address, or its name on a room system).
    func isRoom(_ participant: Participant) -> Bool {
        let wanted = Self.addressKey(target.address)
        if [participant.sipURI, participant.fromSIPURI].contains(where: { $0.map(Self.addressKey) == wanted }) {
            return true
        }
        guard participant.isRoomSystem else { return false }
        if let ip = participant.ipAddress, Self.addressKey(ip) == wanted { return true }
        return namesTheRoom(participant)
    }

    /// Whether a room system's Contact URI names the dialled SIP user at another host (an IP, say).
    private func hasContactOfTheSameUser(_ participant: Participant) -> Bool {
        guard participant.isRoomSystem, let wantedUser = Self.sipUser(target.address) else { return false }
        return participant.sipURI.flatMap(Self.sipUser) == wantedUser
    }

    /// Whether the participant's display name is the name sent with the call-out or the room's address.
    func namesTheRoom(_ participant: Participant) -> Bool {
        if let displayName, participant.name.equalsIgnoringCase(displayName) { return true }
        return Self.addressKey(participant.name) == Self.addressKey(target.address)
    }

    /// "a participant named "Boardroom" on Windows", for reports about a lookalike.
    static func describe(_ participant: Participant) -> String {
        let device =
            participant.device.flatMap { $0.isEmpty ? nil : $0 }.map { "on \($0)" } ?? "on an unreported device"
        return "a participant named \"\(participant.name)\" \(device)"
    }

    private func isNewArrival(_ participant: Participant) -> Bool {
        participant.isPresent && !alreadyPresent.contains(participant.id)
            && (participant.joinTime.map { $0 >= sentAt.addingTimeInterval(-Self.clockSkew) } ?? true)
    }

    /// An address reduced for comparison: no scheme, parameters or default port; lower-cased.
    static func addressKey(_ address: String) -> String {
        var text = address.lowercased().trimmingSpaces()
        for scheme in ["sips:", "sip:", "h323:"] where text.hasPrefix(scheme) {
            text.removeFirst(scheme.count)
        }
        if let semicolon = text.firstIndex(of: ";") { text = String(text[..<semicolon]) }
        for port in [":5060", ":5061", ":1720"] where text.hasSuffix(port) {
            text.removeLast(port.count)
        }
        return text
    }

    /// The user part of a SIP address (`boardroom` of `sip:boardroom@host`), lower-cased; `nil` without one.
    private static func sipUser(_ address: String) -> String? {
        let key = addressKey(address)
        guard let at = key.lastIndex(of: "@"), at > key.startIndex else { return nil }
        return String(key[..<at])
    }
}
