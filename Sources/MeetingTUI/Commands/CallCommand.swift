import ArgumentParser
import MeetingKit

/// `meeting-tui call <meeting> --phone <E.164>`: call a phone into a meeting.
struct CallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "call", abstract: "Call a phone number into a meeting.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting ID or UUID.") var meeting: String
    @Option(help: "The number with its country code, like +1 415 555 0100.") var phone: String
    @Option(help: "The name the caller gets in the meeting.") var name: String?
    @Flag(help: "Play a greeting when the call is answered.") var greeting = false
    @Flag(help: "Require the callee to press 1 to join.") var pressOne = false

    func run() async throws {
        try await CommandRunner.run {
            let reference = try MeetingReference(parsing: meeting)
            let number = try CalloutDetails.phoneNumber(phone)
            let invitee = try name.map(CalloutDetails.displayName) ?? number
            let session = try await Session.open(global)
            let call = InMeetingEvent.PhoneCallout(inviteeName: invitee, phoneNumber: number, requireGreeting: greeting, requirePressingOne: pressOne)
            try await ControlRunner.run(.phoneCallout(call), on: reference, session: session)
        }
    }
}
