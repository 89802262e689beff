import ArgumentParser
import MeetingKit

/// `meeting-tui call <meeting> --phone <E.164>`: call a phone into a meeting.
struct CallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call", abstract: "Call a phone number into a meeting.",
        discussion: """
            Zoom greets the callee and asks them to press 1 before connecting them, which keeps voicemail out \
            of the meeting; --no-greeting and --no-press-one turn that off. An extension follows a hyphen \
            (+1 603 233 1333-156) or x/ext (+1 603 233 1333 x156) and is dialled after the call is answered. \
            Exit 65 for a bad number or name (nothing sent).
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting ID or UUID.") var meeting: String
    @Option(
        help:
            "The number with its country code, like +1 415 555 0100, and an extension after a hyphen: +1 603 233 1333-156."
    )
    var phone: String
    @Option(help: "The name the caller gets in the meeting (at most 64 characters).") var name: String?
    @Flag(inversion: .prefixedNo, help: "Zoom greets the callee when the call is answered (the default, as at Zoom).")
    var greeting = true
    @Flag(
        inversion: .prefixedNo, help: "The callee must press 1 to join (the default, as at Zoom): keeps voicemail out.")
    var pressOne = true

    func run() async throws {
        try await CommandRunner.run {
            let reference = try MeetingReference(parsing: meeting)
            let call = try CalloutDetails.phoneCallout(
                number: phone, name: name, requireGreeting: greeting, requirePressingOne: pressOne)
            let session = try await Session.open(global)
            try await ControlRunner.run(.phoneCallout(call), on: reference, session: session)
        }
    }
}
