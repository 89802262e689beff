/// A room system saved on the Zoom account, from `GET /h323/devices`.
public struct H323Device: Hashable, Sendable, Decodable {
    public var id: String?
    public var name: String
    /// "H.323" or "SIP" as Zoom reports it.
    public var callType: RoomSystemCallType
    public var address: String
    public var encryption: String?

    public init(
        id: String? = nil, name: String, callType: RoomSystemCallType, address: String, encryption: String? = nil
    ) {
        self.id = id
        self.name = name
        self.callType = callType
        self.address = address
        self.encryption = encryption
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: AnyKey.self)
        let proto = (fields.string("protocol") ?? "").uppercased()
        self.init(
            id: fields.string("id"),
            name: fields.string("name") ?? "",
            callType: proto == "SIP" ? .sip : .h323,
            address: fields.string("ip") ?? "",
            encryption: fields.string("encryption")
        )
    }
}
