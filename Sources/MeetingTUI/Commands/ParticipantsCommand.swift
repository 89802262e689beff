import ArgumentParser
import FoundationEssentials
import MeetingKit

/// `meeting-tui participants <meeting>`: who is in a live meeting and its waiting room.
struct ParticipantsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participants",
        abstract: "List the participants of a live meeting (needs the Dashboard scope).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting ID (857 4606 5432, 857-4606-5432) or UUID.") var meeting: String
    @Flag(help: "Also list people who already left.") var includeLeft = false
    @Flag(help: "Print one JSON document.") var json = false

    func run() async throws {
        try await CommandRunner.run {
            let reference = try MeetingReference(parsing: meeting)
            let session = try await Session.open(global)
            let token = try await session.token()
            if let problem = ScopeAdvice.problem(
                for: .readParticipants, scopes: token.scopes, source: session.credentials.source)
            {
                throw CommandFailure(
                    description:
                        "\(problem)\n\(ScopeAdvice.fix(for: .readParticipants, source: session.credentials.source))\n"
                        + "(Zoom has no live-participants endpoint without the Dashboard scope.)", status: .notPermitted
                )
            }
            let live = try await TypedMeeting.live(reference, session: session, forSending: false)
            let participants = try await session.client.liveParticipants(of: live, includeLeft: includeLeft)
            if json {
                try Output.json(participants.map(ParticipantDocument.init))
                return
            }
            let inMeeting = participants.filter { $0.isPresent && $0.status == .inMeeting }.count
            let waiting = participants.filter { $0.isPresent && $0.status == .inWaitingRoom }.count
            print(
                "\(inMeeting) in the meeting, \(waiting) in the waiting room"
                    + (includeLeft ? ", \(participants.count - inMeeting - waiting) left" : ""))
            for person in participants {
                let status =
                    !person.isPresent ? "left" : person.status == .inWaitingRoom ? "waiting room" : "in meeting"
                print(
                    Output.column(person.name, 32), Output.column(status, 13), Output.column(person.device ?? "", 12),
                    person.joinTime.map { DisplayTimeZone.local.clock($0, seconds: true) } ?? "",
                    Output.value(person.sipURI ?? ""))
            }
        }
    }
}

/// One participant in JSON.
struct ParticipantDocument: Encodable {
    let id: String
    let name: String
    let email: String?
    let status: String
    let device: String?
    let joinTime: Date?
    let leaveTime: Date?
    let sipURI: String?

    init(_ participant: Participant) {
        id = participant.id
        name = participant.name
        email = participant.email
        status = participant.isPresent ? participant.status.rawValue : "left"
        device = participant.device
        joinTime = participant.joinTime
        leaveTime = participant.leaveTime
        sipURI = participant.sipURI
    }
}
