/// A validated room-system destination: the call type and the address in the form Zoom receives.
public struct RoomSystemAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    public let callType: RoomSystemCallType
    /// A canonical SIP URI (`sip:room@host`) or an H.323 address.
    public let address: String

    /// Validates what the operator typed for the given call type; nothing is sent when this throws.
    public static func parse(callType: RoomSystemCallType, input: String) throws(InputError) -> RoomSystemAddress {
        switch callType {
        case .sip: return RoomSystemAddress(callType: .sip, address: try SIPURI(parsing: input).description)
        case .h323: return RoomSystemAddress(callType: .h323, address: try H323Address(parsing: input).description)
        }
    }

    private init(callType: RoomSystemCallType, address: String) {
        self.callType = callType
        self.address = address
    }

    /// "SIP sip:room@host" or "H.323 10.0.0.5".
    public var description: String { "\(callType.displayName) \(address)" }

    public init(from decoder: any Decoder) throws {
        struct Raw: Decodable {
            var callType: RoomSystemCallType
            var address: String
        }
        let raw = try Raw(from: decoder)
        do {
            self = try Self.parse(callType: raw.callType, input: raw.address)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }
}
