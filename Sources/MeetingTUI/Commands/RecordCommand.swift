import ArgumentParser
import MeetingKit

extension InMeetingEvent.RecordingAction: ExpressibleByArgument {}

/// `meeting-tui record <meeting> start|stop|pause|resume`: control the cloud recording.
struct RecordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Start, stop, pause or resume the cloud recording.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting ID or UUID.") var meeting: String
    @Argument(help: "start, stop, pause or resume.") var action: InMeetingEvent.RecordingAction

    func run() async throws {
        try await CommandRunner.run {
            let reference = try MeetingReference(parsing: meeting)
            let session = try await Session.open(global)
            try await ControlRunner.run(.recording(action), on: reference, session: session)
        }
    }
}
