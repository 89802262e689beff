import PlainText

/// A room system the operator calls into meetings often, saved in the config file under `[[rooms]]`.
public struct SavedRoom: Sendable, Hashable, Codable {
    /// The name shown in lists and used to pick the room; unique.
    public var name: String
    /// SIP or H.323 (`type`).
    public var callType: RoomSystemCallType
    /// A SIP URI or an H.323 address (IP, E.164 alias, or URI).
    public var address: String
    /// The name shown to the room (`to_display_name`), when it differs from `name`.
    public var displayName: String?
    /// The digit 1-9 that picks the room in the console; unique.
    public var quickKey: Int?

    /// Creates a saved room.
    public init(
        name: String, callType: RoomSystemCallType, address: String, displayName: String? = nil, quickKey: Int? = nil
    ) {
        self.name = name
        self.callType = callType
        self.address = address
        self.displayName = displayName
        self.quickKey = quickKey
    }
}

/// Checks a saved room's address for its call type; throws `InputError` with the reason.
/// `AppConfiguration.roomAddressCheck` is the default.
public typealias RoomAddressValidator = @Sendable (RoomSystemCallType, String) throws(InputError) -> Void

extension Sequence where Element == SavedRoom {
    /// The saved room called `name`, ignoring case; `nil` when there is none.
    public func named(_ name: String) -> SavedRoom? {
        let wanted = name.trimmingSpaces()
        return first { $0.name.equalsIgnoringCase(wanted) }
    }
}
