import ArgumentParser
import FoundationEssentials
import MeetingKit

/// `meeting-tui rooms`: the saved room systems used by `invite --room` and the console's quick keys.
struct RoomsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rooms", abstract: "List, add or remove saved room systems.",
        subcommands: [List.self, Add.self, Remove.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the saved room systems.")
        @Flag(help: "Print one JSON document.") var json = false

        func run() async throws {
            try await CommandRunner.run {
                let rooms = try ConfigFile(directory: ConfigDirectory()).load().rooms
                if json {
                    try Output.json(rooms)
                    return
                }
                guard !rooms.isEmpty else {
                    print(
                        "No saved rooms. Add one: meeting-tui rooms add Boardroom --sip sip:boardroom@example.com --key 1"
                    )
                    return
                }
                print(
                    Output.column("KEY", 4), Output.column("NAME", 20), Output.column("TYPE", 6),
                    Output.column("ADDRESS", 40), "DISPLAY NAME")
                for room in rooms {
                    print(
                        Output.column(room.quickKey.map(String.init) ?? "", 4), Output.column(room.name, 20),
                        Output.column(room.callType.displayName, 6), Output.column(room.address, 40),
                        Output.value(room.displayName ?? ""))
                }
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Save a room system.")
        @Argument(help: "The room's name, used by --room and shown in the console.") var name: String
        @Option(help: "The room's SIP URI.") var sip: String?
        @Option(help: "The room's H.323 address.") var h323: String?
        @Option(name: .customLong("display-name"), help: "The name the room gets in meetings.") var displayName: String?
        @Option(help: "A quick key 1-9 that calls this room from the console.") var key: Int?

        func validate() throws {
            guard (sip == nil) != (h323 == nil) else { throw ValidationError("give exactly one of --sip or --h323") }
            if let key, !(1...9).contains(key) { throw ValidationError("--key must be 1 to 9") }
        }

        func run() async throws {
            try await CommandRunner.run {
                let target =
                    try sip.map { try RoomSystemAddress.parse(callType: .sip, input: $0) }
                    ?? RoomSystemAddress.parse(callType: .h323, input: h323 ?? "")
                let room = SavedRoom(
                    name: name, callType: target.callType, address: target.address,
                    displayName: try displayName.map(CalloutDetails.displayName), quickKey: key)
                let file = ConfigFile(directory: ConfigDirectory())
                _ = try await file.addRoom(room)
                print(
                    "saved \(Output.value(room.name)): \(Output.value(target.description))\(key.map { " on quick key \($0)" } ?? "") in \(file.file.path)"
                )
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a saved room system.")
        @Argument(help: "The room's name.") var name: String

        func run() async throws {
            try await CommandRunner.run {
                let file = ConfigFile(directory: ConfigDirectory())
                _ = try await file.removeRoom(named: name)
                print("removed \(Output.value(name)) from \(file.file.path)")
            }
        }
    }
}
