/// The protocol Zoom uses to call a room system.
public enum RoomSystemCallType: String, Sendable, Codable, Hashable, CaseIterable {
    case sip
    case h323

    /// The name operators know: "SIP" or "H.323".
    public var displayName: String { self == .sip ? "SIP" : "H.323" }
}
