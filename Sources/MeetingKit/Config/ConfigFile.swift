import Foundation
import TOMLKit

/// The configuration file `config.toml` on disk: loads it (refusing a client secret in a file
/// others can read) and adds or removes saved rooms, writing the file back atomically with mode 0600.
public struct ConfigFile: Sendable {
    /// The file.
    public let file: URL
    private let validateRoomAddress: RoomAddressValidator

    /// - Parameter validateRoomAddress: checks saved rooms' addresses when loading and adding.
    public init(directory: ConfigDirectory, validateRoomAddress: @escaping RoomAddressValidator = AppConfiguration.basicRoomAddressCheck) {
        file = directory.configFile
        self.validateRoomAddress = validateRoomAddress
    }

    /// Reads the configuration; a missing file gives the defaults.
    /// - Throws: `ConfigurationError.invalid` with every problem, or `.file` when the file holds a
    ///   client secret but group or others can read or write it.
    public func load() throws(ConfigurationError) -> AppConfiguration {
        try read().configuration
    }

    /// Adds a room and writes the file back. The room's name and quick key must be unused.
    @discardableResult
    public func addRoom(_ room: SavedRoom) throws(ConfigurationError) -> AppConfiguration {
        let (text, configuration) = try read()
        if configuration.rooms.contains(where: { $0.name.lowercased() == room.name.lowercased() }) {
            throw .rooms("a room named \"\(room.name)\" is already saved")
        }
        if let quickKey = room.quickKey, let other = configuration.rooms.first(where: { $0.quickKey == quickKey }) {
            throw .rooms("key \(quickKey) is already used by room \"\(other.name)\"")
        }
        if let quickKey = room.quickKey, !(1...9).contains(quickKey) {
            throw .rooms("a room's key must be a digit from 1 to 9")
        }
        do { try validateRoomAddress(room.callType, room.address) } catch { throw .rooms(error.description) }
        return try write(rooms: configuration.rooms + [room], over: text)
    }

    /// Removes the room with this name (case-insensitively) and writes the file back.
    @discardableResult
    public func removeRoom(named name: String) throws(ConfigurationError) -> AppConfiguration {
        let (text, configuration) = try read()
        let remaining = configuration.rooms.filter { $0.name.lowercased() != name.lowercased() }
        guard remaining.count < configuration.rooms.count else { throw .rooms("no room named \"\(name)\" is saved") }
        return try write(rooms: remaining, over: text)
    }

    // MARK: - Reading and writing

    private func read() throws(ConfigurationError) -> (text: String, configuration: AppConfiguration) {
        let data: Data?
        do { data = try SecureFile.read(file, holdsSecrets: false) } catch { throw .file(error) }
        guard let data else { return ("", AppConfiguration()) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalid(path: file.path, problems: [ConfigurationProblem(key: nil, line: nil, message: "the file is not UTF-8 text")])
        }
        let configuration = try AppConfiguration.parse(text, path: file.path, validateRoomAddress: validateRoomAddress)
        if configuration.zoom.clientSecret != nil {
            do { try SecureFile.checkPrivate(file) } catch { throw .file(error) }
        }
        return (text, configuration)
    }

    /// Replaces the `[[rooms]]` of the document and writes it; everything else keeps its value.
    /// TOMLKit does not keep comments, so a rewritten file loses them.
    private func write(rooms: [SavedRoom], over text: String) throws(ConfigurationError) -> AppConfiguration {
        let root: TOMLTable
        do { root = try TOMLTable(string: text) } catch {
            throw .invalid(path: file.path, problems: [ConfigurationProblem(key: nil, line: nil, message: "not valid TOML")])
        }
        root.remove(at: "rooms")
        if !rooms.isEmpty { root["rooms"] = TOMLArray(rooms.map(Self.table(for:))) }
        let updated = root.convert(to: .toml) + "\n"
        let configuration = try AppConfiguration.parse(updated, path: file.path, validateRoomAddress: validateRoomAddress)
        do { try SecureFile.write(Data(updated.utf8), to: file) } catch { throw .file(error) }
        return configuration
    }

    private static func table(for room: SavedRoom) -> TOMLTable {
        let table = TOMLTable()
        table["name"] = room.name
        table["type"] = room.callType.rawValue
        table["address"] = room.address
        if let displayName = room.displayName { table["display_name"] = displayName }
        if let quickKey = room.quickKey { table["key"] = quickKey }
        return table
    }
}
