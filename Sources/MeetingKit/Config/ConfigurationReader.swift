import FoundationEssentials
import PlainText
import TOML

/// Turns a parsed TOML document into an `AppConfiguration`, collecting every problem
/// (unknown key, wrong type, value out of range) with its key and the line the parser recorded for it.
struct ConfigurationReader {
    let validateRoomAddress: RoomAddressValidator
    private(set) var problems: [ConfigurationProblem] = []

    init(validateRoomAddress: @escaping RoomAddressValidator) {
        self.validateRoomAddress = validateRoomAddress
    }

    mutating func read(_ root: TOMLTable) -> AppConfiguration {
        var configuration = AppConfiguration()
        for key in root.keys {
            switch key {
            case "zoom": if let table = table(root, key, path: key) { configuration.zoom = readZoom(table) }
            case "console": if let table = table(root, key, path: key) { configuration.console = readConsole(table) }
            case "keys": if let table = table(root, key, path: key) { configuration.keyBindings = readKeys(table) }
            case "rooms": configuration.rooms = readRooms(root)
            default: unknown(key, line: root.line(of: key), known: ["zoom", "console", "keys", "rooms"])
            }
        }
        return configuration
    }

    // MARK: - Sections

    private mutating func readZoom(_ table: TOMLTable) -> ZoomSettings {
        var settings = ZoomSettings()
        for key in table.keys {
            let path = "zoom.\(key)"
            switch key {
            case "api_url": settings.apiBaseURL = url(table, key, path: path)
            case "oauth_url": settings.oauthBaseURL = url(table, key, path: path)
            case "account_id": settings.accountID = nonEmptyString(table, key, path: path)
            case "client_id": settings.clientID = nonEmptyString(table, key, path: path)
            case "client_secret": settings.clientSecret = nonEmptyString(table, key, path: path).map(Secret.init)
            case "user": settings.user = nonEmptyString(table, key, path: path)
            default:
                unknown(
                    path, line: table.line(of: key),
                    known: ["api_url", "oauth_url", "account_id", "client_id", "client_secret", "user"])
            }
        }
        return settings
    }

    private mutating func readConsole(_ table: TOMLTable) -> ConsoleSettings {
        var settings = ConsoleSettings()
        for key in table.keys {
            let path = "console.\(key)"
            switch key {
            case "refresh_seconds":
                settings.refreshSeconds = interval(table, key, path: path) ?? settings.refreshSeconds
            case "participants_refresh_seconds":
                settings.participantsRefreshSeconds =
                    interval(table, key, path: path) ?? settings.participantsRefreshSeconds
            case "read_only":
                if let value = value(table, key, path: path, as: .boolean)?.booleanValue { settings.readOnly = value }
            default:
                unknown(
                    path, line: table.line(of: key),
                    known: ["refresh_seconds", "participants_refresh_seconds", "read_only"])
            }
        }
        return settings
    }

    private mutating func readKeys(_ table: TOMLTable) -> [String: String] {
        var bindings: [String: String] = [:]
        for key in table.keys {
            if let spec = nonEmptyString(table, key, path: "keys.\(key)") { bindings[key] = spec }
        }
        return bindings
    }

    private mutating func readRooms(_ root: TOMLTable) -> [SavedRoom] {
        guard let array = value(root, "rooms", path: "rooms", as: .array)?.arrayValue else { return [] }
        var rooms: [SavedRoom] = []
        var names: Set<String> = []
        var quickKeys: [Int: String] = [:]
        for (offset, element) in array.enumerated() {
            let prefix = "rooms[\(offset + 1)]"
            guard let table = element.tableValue else {
                report(
                    prefix, line: root.line(of: "rooms"), "expected a [[rooms]] table, found \(Self.describe(element))")
                continue
            }
            guard let room = readRoom(table, prefix: prefix) else { continue }
            if !names.insert(room.name.lowercased()).inserted {
                report("\(prefix).name", line: table.line(of: "name"), "another room is already named \"\(room.name)\"")
            }
            if let quickKey = room.quickKey {
                if let other = quickKeys[quickKey] {
                    report(
                        "\(prefix).key", line: table.line(of: "key"),
                        "key \(quickKey) is already used by room \"\(other)\"")
                } else {
                    quickKeys[quickKey] = room.name
                }
            }
            rooms.append(room)
        }
        return rooms
    }

    private mutating func readRoom(_ table: TOMLTable, prefix: String) -> SavedRoom? {
        let known = ["name", "type", "address", "display_name", "key"]
        for key in table.keys where !known.contains(key) {
            unknown("\(prefix).\(key)", line: table.line(of: key), known: known)
        }
        let name = nonEmptyString(table, "name", path: "\(prefix).name", required: true)
        var callType: RoomSystemCallType?
        if let text = nonEmptyString(table, "type", path: "\(prefix).type", required: true) {
            callType = RoomSystemCallType(rawValue: text.lowercased())
            if callType == nil {
                report(
                    "\(prefix).type", line: table.line(of: "type"), "expected \"sip\" or \"h323\", found \"\(text)\"")
            }
        }
        let address = nonEmptyString(table, "address", path: "\(prefix).address", required: true)
        let displayName = nonEmptyString(table, "display_name", path: "\(prefix).display_name")
        var quickKey: Int?
        if let number = value(table, "key", path: "\(prefix).key", as: .integer)?.integerValue {
            if (1...9).contains(number) {
                quickKey = Int(number)
            } else {
                report("\(prefix).key", line: table.line(of: "key"), "expected a digit from 1 to 9, found \(number)")
            }
        }
        guard let name, let callType, let address else { return nil }
        do {
            try validateRoomAddress(callType, address)
        } catch {
            report("\(prefix).address", line: table.line(of: "address"), error.reason)
            return nil
        }
        return SavedRoom(name: name, callType: callType, address: address, displayName: displayName, quickKey: quickKey)
    }

    // MARK: - Values

    /// The kinds of value a setting can require; `.number` accepts integers and floats.
    private enum Expected {
        case table, array, string, integer, number, boolean

        /// The kind a value is, as messages name it (a float is a number); nil for date-times.
        init?(kindOf value: TOMLValue) {
            switch value {
            case .table: self = .table
            case .array: self = .array
            case .string: self = .string
            case .integer: self = .integer
            case .float: self = .number
            case .boolean: self = .boolean
            case .dateTime: return nil
            }
        }

        func accepts(_ value: TOMLValue) -> Bool {
            let kind = Expected(kindOf: value)
            return kind == self || (self == .number && kind == .integer)
        }

        var description: String {
            switch self {
            case .table: return "a table"
            case .array: return "an array"
            case .string: return "a string"
            case .integer: return "an integer"
            case .number: return "a number"
            case .boolean: return "true or false"
            }
        }
    }

    private mutating func value(
        _ table: TOMLTable, _ key: String, path: String, as expected: Expected,
        required: Bool = false
    ) -> TOMLValue? {
        guard let value = table[key] else {
            if required { report(path, line: nil, "is required") }
            return nil
        }
        guard expected.accepts(value) else {
            report(path, line: table.line(of: key), "expected \(expected.description), found \(Self.describe(value))")
            return nil
        }
        return value
    }

    private mutating func table(_ table: TOMLTable, _ key: String, path: String) -> TOMLTable? {
        value(table, key, path: path, as: .table)?.tableValue
    }

    private mutating func nonEmptyString(_ table: TOMLTable, _ key: String, path: String, required: Bool = false)
        -> String?
    {
        guard let text = value(table, key, path: path, as: .string, required: required)?.stringValue else { return nil }
        guard !text.trimmingSpaces().isEmpty else {
            report(path, line: table.line(of: key), "must not be empty")
            return nil
        }
        return text
    }

    private mutating func url(_ table: TOMLTable, _ key: String, path: String) -> URL? {
        guard let text = nonEmptyString(table, key, path: path) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host != nil
        else {
            report(path, line: table.line(of: key), "expected an http or https URL, found \"\(text)\"")
            return nil
        }
        return url
    }

    private mutating func interval(_ table: TOMLTable, _ key: String, path: String) -> Double? {
        guard let value = value(table, key, path: path, as: .number) else { return nil }
        let seconds = value.integerValue.map(Double.init) ?? value.floatValue
        guard let seconds, seconds >= ConsoleSettings.minimumRefreshSeconds else {
            report(
                path, line: table.line(of: key),
                "must be at least \(Int(ConsoleSettings.minimumRefreshSeconds)) seconds")
            return nil
        }
        return seconds
    }

    // MARK: - Problems

    private mutating func unknown(_ path: String, line: Int?, known: [String]) {
        report(path, line: line, "unknown key (known here: \(known.joined(separator: ", ")))")
    }

    private mutating func report(_ path: String, line: Int?, _ message: String) {
        problems.append(ConfigurationProblem(key: path, line: line, message: message))
    }

    private static func describe(_ value: TOMLValue) -> String {
        if let kind = Expected(kindOf: value) { return kind.description }
        switch value.dateTimeValue?.kind {
        case .localDate: return "a date"
        case .localTime: return "a time"
        default: return "a date and time"
        }
    }
}
