import ArgumentParser
import FoundationEssentials
import Glibc
import MeetingKit
import PlainText

/// `meeting-tui end <meeting>`: end a meeting for everyone, after confirmation.
struct EndCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", abstract: "End a meeting for everyone (asks first on a terminal; --yes otherwise).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting ID or UUID.") var meeting: String
    @Flag(help: "Do not ask for confirmation (needed when not on a terminal).") var yes = false

    func run() async throws {
        try await CommandRunner.run {
            let reference = try MeetingReference(parsing: meeting)
            if !yes {
                guard Output.isTerminal(STDIN_FILENO) else {
                    throw CommandFailure(
                        description: "ending a meeting needs confirmation: add --yes when not on a terminal",
                        status: .usage)
                }
                let answer =
                    Output.ask("End meeting \(reference) for everyone? Type the meeting ID or yes: ")?
                    .trimmingSpaces() ?? ""
                let typedID = try? MeetingReference(parsing: answer)
                guard answer.lowercased() == "yes" || typedID == reference else {
                    throw CommandFailure(description: "not confirmed; the meeting goes on", status: .usage)
                }
            }
            let session = try await Session.open(global)
            try await ControlRunner.run(.endMeeting, on: reference, session: session)
        }
    }
}
