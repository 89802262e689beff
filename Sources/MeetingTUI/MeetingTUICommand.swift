import ArgumentParser
import MeetingConsole
import MeetingKit

/// `meeting-tui`: with no subcommand, the full-screen console; otherwise one of the plain commands for
/// scripts. The process starts in `EntryPoint`.
struct MeetingTUICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting-tui",
        abstract: "Run live Zoom meetings from a terminal and bring SIP/H.323 room systems in, verified.",
        discussion: """
            With no subcommand, opens the full-screen console. Exit statuses: 0 done, 64 usage, 65 invalid \
            address or meeting ID (nothing sent), 69 Zoom unreachable or failing, 75 accepted but not confirmed, \
            77 not permitted (missing scope, not host), 78 credentials or configuration missing or rejected.
            """,
        version: BuildInfo.versionLine,
        subcommands: [
            MeetingsCommand.self, ParticipantsCommand.self, InviteCommand.self, DialInCommand.self, CallCommand.self,
            RecordCommand.self,
            EndCommand.self, RoomsCommand.self, LoginCommand.self, LogoutCommand.self, DoctorCommand.self,
        ])

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Hide and refuse every action that changes a meeting.")
    var readOnly = false

    func run() async throws {
        try await CommandRunner.run {
            let session = try await Session.open(global)
            let environment = try await ConsoleLauncher.environment(for: session, readOnly: readOnly)
            let status = try await Console.run(environment)
            if status != 0 { throw ExitCode(status) }
        }
    }
}

/// Runs a command body and turns any error into a message on standard error and an exit status.
enum CommandRunner {
    static func run(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Output.error("meeting-tui: \(error)")
            throw ExitStatus(error).exitCode
        }
    }
}
