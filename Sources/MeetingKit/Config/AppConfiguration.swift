import TOML

/// The operator's settings from `config.toml`: Zoom endpoints and app credentials, console
/// behaviour, key bindings and saved rooms. Unknown keys and wrong types are errors, so a typo
/// is never silently ignored.
public struct AppConfiguration: Sendable, Hashable {
    /// `[zoom]`: endpoints and Server-to-Server app credentials.
    public var zoom: ZoomSettings
    /// `[console]`: refresh rates and read-only mode.
    public var console: ConsoleSettings
    /// `[keys]`: action name to key spec (`invite = "i"`, `refresh = "F5"`); the console checks
    /// both against its keymap.
    public var keyBindings: [String: String]
    /// `[[rooms]]`: the saved room systems, in file order.
    public var rooms: [SavedRoom]

    /// A configuration; the defaults are what an empty file gives.
    public init(
        zoom: ZoomSettings = ZoomSettings(), console: ConsoleSettings = ConsoleSettings(),
        keyBindings: [String: String] = [:], rooms: [SavedRoom] = []
    ) {
        self.zoom = zoom
        self.console = console
        self.keyBindings = keyBindings
        self.rooms = rooms
    }

    /// The default address check: the SIP and H.323 rules of `RoomSystemAddress.parse(callType:input:)`.
    public static let roomAddressCheck: RoomAddressValidator = { callType, address throws(InputError) in
        _ = try RoomSystemAddress.parse(callType: callType, input: address)
    }

    /// Parses the text of a config file.
    /// - Parameters:
    ///   - path: the file's path, for messages.
    ///   - validateRoomAddress: checks each saved room's address.
    /// - Throws: `ConfigurationError.invalid` listing every problem found.
    public static func parse(
        _ text: String, path: String = "config.toml",
        validateRoomAddress: @escaping RoomAddressValidator = roomAddressCheck
    ) throws(ConfigurationError) -> AppConfiguration {
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(text)
        } catch {
            throw .invalid(path: path, problems: [ConfigurationProblem(syntaxError: error, in: text)])
        }
        var reader = ConfigurationReader(validateRoomAddress: validateRoomAddress)
        let configuration = reader.read(root)
        guard reader.problems.isEmpty else { throw .invalid(path: path, problems: reader.problems) }
        return configuration
    }

    /// The Server-to-Server credentials in `[zoom]`, when `account_id`, `client_id` and `client_secret` are all set.
    public var serverToServerCredentials: ServerToServerCredentials? {
        guard let accountID = zoom.accountID, let clientID = zoom.clientID, let secret = zoom.clientSecret else {
            return nil
        }
        return ServerToServerCredentials(accountID: accountID, clientID: clientID, clientSecret: secret)
    }
}
