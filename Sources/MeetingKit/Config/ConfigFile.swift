import Foundation
import TOML

/// The configuration file `config.toml` on disk: loads it (refusing a client secret in a file
/// others can read) and adds or removes saved rooms, writing the file back atomically with mode 0600.
public struct ConfigFile: Sendable {
    /// The file.
    public let file: URL
    private let validateRoomAddress: RoomAddressValidator

    /// - Parameter validateRoomAddress: checks saved rooms' addresses when loading and adding.
    public init(directory: ConfigDirectory, validateRoomAddress: @escaping RoomAddressValidator = AppConfiguration.roomAddressCheck) {
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
        return try write(rooms: configuration.rooms + [room], over: text, previous: configuration)
    }

    /// Removes the room with this name (case-insensitively) and writes the file back.
    @discardableResult
    public func removeRoom(named name: String) throws(ConfigurationError) -> AppConfiguration {
        let (text, configuration) = try read()
        let remaining = configuration.rooms.filter { $0.name.lowercased() != name.lowercased() }
        guard remaining.count < configuration.rooms.count else { throw .rooms("no room named \"\(name)\" is saved") }
        return try write(rooms: remaining, over: text, previous: configuration)
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

    /// Replaces the `[[rooms]]` of the document and writes it. The `[[rooms]]` blocks are cut out of
    /// the text and the new ones appended, so the rest of the file keeps its comments and layout.
    /// When that edit does not read back as intended (an unusual layout), the whole document is
    /// rewritten by `TOMLWriter` instead, which keeps every value but drops comments.
    private func write(rooms: [SavedRoom], over text: String, previous: AppConfiguration) throws(ConfigurationError) -> AppConfiguration {
        var expected = previous
        expected.rooms = rooms
        let edited = Self.replacingRoomBlocks(in: text, with: rooms)
        let updated: String
        if (try? AppConfiguration.parse(edited, path: file.path, validateRoomAddress: validateRoomAddress)) == expected {
            updated = edited
        } else {
            updated = try rewritten(text, rooms: rooms)
            guard (try? AppConfiguration.parse(updated, path: file.path, validateRoomAddress: validateRoomAddress)) == expected else {
                throw .rooms("could not rewrite \(file.path) without changing other settings; edit its [[rooms]] by hand")
            }
        }
        do { try SecureFile.write(Data(updated.utf8), to: file) } catch { throw .file(error) }
        return expected
    }

    /// The text without its `[[rooms]]` blocks (each from its header to the next header), with the
    /// given rooms appended.
    private static func replacingRoomBlocks(in text: String, with rooms: [SavedRoom]) -> String {
        var kept: [Substring] = []
        var insideRooms = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let compact = line.filter { $0 != " " && $0 != "\t" }
            if compact.hasPrefix("[") { insideRooms = compact.hasPrefix("[[rooms]]") }
            if !insideRooms { kept.append(line) }
        }
        while let last = kept.last, last.allSatisfy(\.isWhitespace) { kept.removeLast() }
        var result = kept.joined(separator: "\n")
        if !rooms.isEmpty {
            var table = TOMLTable()
            table["rooms"] = .array(rooms.map(Self.table(for:)))
            result += (result.isEmpty ? "" : "\n\n") + TOMLWriter.write(table).dropLast()
        }
        return result.isEmpty ? "" : result + "\n"
    }

    /// The whole document re-serialised by `TOMLWriter` with the given rooms.
    private func rewritten(_ text: String, rooms: [SavedRoom]) throws(ConfigurationError) -> String {
        var root: TOMLTable
        do { root = try TOMLParser.parse(text) } catch {
            throw .invalid(path: file.path, problems: [ConfigurationProblem(syntaxError: error, in: text)])
        }
        root.remove("rooms")
        if !rooms.isEmpty { root["rooms"] = .array(rooms.map(Self.table(for:))) }
        return TOMLWriter.write(root)
    }

    private static func table(for room: SavedRoom) -> TOMLValue {
        var table = TOMLTable()
        table["name"] = .string(room.name)
        table["type"] = .string(room.callType.rawValue)
        table["address"] = .string(room.address)
        if let displayName = room.displayName { table["display_name"] = .string(displayName) }
        if let quickKey = room.quickKey { table["key"] = .integer(Int64(quickKey)) }
        return .table(table)
    }
}
