import FoundationEssentials
import TOML

/// The configuration file `config.toml` on disk: loads it (refusing a file or directory that other
/// users own or may change, a symbolic link in its place, and a client secret in a file others can
/// read) and adds or removes saved rooms, holding `config.lock` while it reads, edits and writes
/// the file back atomically with mode 0600.
public struct ConfigFile: Sendable {
    /// The file.
    public let file: URL
    /// Held around every read-modify-write, so two edits at once cannot lose one another's room.
    public let lock: FileLock
    private let validateRoomAddress: RoomAddressValidator

    /// - Parameter validateRoomAddress: checks saved rooms' addresses when loading and adding.
    public init(
        directory: ConfigDirectory,
        validateRoomAddress: @escaping RoomAddressValidator = AppConfiguration.roomAddressCheck
    ) {
        file = directory.configFile
        lock = FileLock(file: directory.configLockFile)
        self.validateRoomAddress = validateRoomAddress
    }

    /// Reads the configuration; a missing file gives the defaults.
    /// - Throws: `ConfigurationError.invalid` with every problem, or `.file` when the file or its
    ///   directory belongs to another user or others may change it, a symbolic link stands in its
    ///   place, or it holds a client secret but group or others can read it.
    public func load() throws(ConfigurationError) -> AppConfiguration {
        try read().configuration
    }

    /// Adds a room and writes the file back. The room's name and quick key must be unused.
    /// The new `[[rooms]]` block is appended; the rest of the file is kept as it was.
    @discardableResult
    public func addRoom(_ room: SavedRoom) async throws(ConfigurationError) -> AppConfiguration {
        try await locked { () throws(ConfigurationError) in try addRoomUnlocked(room) }
    }

    /// Removes the room with this name (case-insensitively) and writes the file back. Only its
    /// `[[rooms]]` block (with the comment lines right above its header) is cut out.
    @discardableResult
    public func removeRoom(named name: String) async throws(ConfigurationError) -> AppConfiguration {
        try await locked { () throws(ConfigurationError) in try removeRoomUnlocked(named: name) }
    }

    private func locked(_ edit: () throws(ConfigurationError) -> AppConfiguration) async throws(ConfigurationError)
        -> AppConfiguration
    {
        do {
            return try await lock.withLock { try edit() }
        } catch let error as ConfigurationError {
            throw error
        } catch let error as FileSecurityError {
            throw .file(error)
        } catch {
            throw .rooms("could not edit \(file.path): \(error)")
        }
    }

    private func addRoomUnlocked(_ room: SavedRoom) throws(ConfigurationError) -> AppConfiguration {
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
        return try write(
            rooms: configuration.rooms + [room], edited: RoomBlocks.appending(room, to: text), over: text,
            previous: configuration)
    }

    private func removeRoomUnlocked(named name: String) throws(ConfigurationError) -> AppConfiguration {
        let (text, configuration) = try read()
        guard let index = configuration.rooms.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw .rooms("no room named \"\(name)\" is saved")
        }
        var remaining = configuration.rooms
        remaining.remove(at: index)
        return try write(
            rooms: remaining, edited: RoomBlocks.removing(at: index, from: text), over: text, previous: configuration)
    }

    // MARK: - Reading and writing

    private func read() throws(ConfigurationError) -> (text: String, configuration: AppConfiguration) {
        let contents: FileContents?
        do { contents = try SecureFile.readContents(file) } catch { throw .file(error) }
        guard let contents else { return ("", AppConfiguration()) }
        guard let text = String(data: contents.data, encoding: .utf8) else {
            throw .invalid(
                path: file.path,
                problems: [ConfigurationProblem(key: nil, line: nil, message: "the file is not UTF-8 text")])
        }
        let configuration = try AppConfiguration.parse(text, path: file.path, validateRoomAddress: validateRoomAddress)
        if configuration.zoom.clientSecret != nil {
            do { try contents.checkPrivate() } catch { throw .file(error) }
        }
        return (text, configuration)
    }

    /// Writes the document with its rooms changed to `rooms`: the `edited` text, which keeps every
    /// comment and the layout, when it reads back as intended. When it does not (an unusual layout,
    /// inline rooms), the whole document is rewritten by `TOMLWriter` instead, which keeps every
    /// value but drops comments.
    private func write(rooms: [SavedRoom], edited: String?, over text: String, previous: AppConfiguration)
        throws(ConfigurationError) -> AppConfiguration
    {
        var expected = previous
        expected.rooms = rooms
        let updated: String
        if let edited,
            (try? AppConfiguration.parse(edited, path: file.path, validateRoomAddress: validateRoomAddress)) == expected
        {
            updated = edited
        } else {
            updated = try rewritten(text, rooms: rooms)
            guard
                (try? AppConfiguration.parse(updated, path: file.path, validateRoomAddress: validateRoomAddress))
                    == expected
            else {
                throw .rooms(
                    "could not rewrite \(file.path) without changing other settings; edit its [[rooms]] by hand")
            }
        }
        do { try SecureFile.write(Data(updated.utf8), to: file) } catch { throw .file(error) }
        return expected
    }

    /// The whole document re-serialised by `TOMLWriter` with the given rooms.
    private func rewritten(_ text: String, rooms: [SavedRoom]) throws(ConfigurationError) -> String {
        var root: TOMLTable
        do { root = try TOMLParser.parse(text) } catch {
            throw .invalid(path: file.path, problems: [ConfigurationProblem(syntaxError: error, in: text)])
        }
        root.remove("rooms")
        if !rooms.isEmpty { root["rooms"] = .array(rooms.map(RoomBlocks.table(for:))) }
        return TOMLWriter.write(root)
    }
}
