import ArgumentParser
import FoundationEssentials
import MeetingKit

/// `meeting-tui meetings`: the live meetings the credentials can see.
struct MeetingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List live meetings (account-wide with the Dashboard scope, else your own).")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print one JSON document.") var json = false

    func run() async throws {
        try await CommandRunner.run {
            let session = try await Session.open(global)
            let token = try await session.token()
            let lister = LiveMeetingLister(client: session.client, scopes: token.scopes, user: session.user)
            let listing = try await lister.list(now: Date())
            let note = listing.note.map {
                "showing \(Self.whose(session.user)) scheduled meetings only: \($0). \(Self.instantMeetingsHint)"
            }
            if json {
                try Output.json(
                    MeetingsDocument(
                        scope: listing.scope.rawValue, note: note, meetings: listing.meetings.map(MeetingDocument.init))
                )
                return
            }
            if let note { Output.error("note: \(Output.value(note))") }
            guard !listing.meetings.isEmpty else {
                print("No live meetings.")
                return
            }
            print(
                Output.column("MEETING ID", 14), Output.column("TOPIC", 34), Output.column("HOST", 20),
                Output.column("STARTED", 6), "PEOPLE SIP")
            for meeting in listing.meetings {
                print(
                    Output.column(MeetingReference.grouped(meeting.id), 14), Output.column(meeting.topic, 34),
                    Output.column(meeting.hostName ?? meeting.hostEmail ?? meeting.hostID ?? "", 20),
                    Output.column(meeting.startTime.map { DisplayTimeZone.local.clock($0) } ?? "", 6),
                    Output.column(meeting.participantCount.map(String.init) ?? "-", 6),
                    meeting.hasSIP == true ? "SIP" : "")
            }
        }
    }
}

extension MeetingsCommand {
    /// What the note says about instant meetings, and how to reach one anyway.
    static let instantMeetingsHint =
        "\(LiveMeetingLister.instantMeetingsNote): give a meeting's ID to "
        + "`participants`, `invite`, `call`, `record` or `end` and it is checked with Zoom."

    /// "your" for `me`, else the named user's.
    static func whose(_ user: ActingUser) -> String {
        user.userID.map { $0 == "me" ? "your" : "\($0)'s" } ?? "your"
    }
}

/// The JSON form of `meetings`.
struct MeetingsDocument: Encodable {
    let scope: String
    let note: String?
    let meetings: [MeetingDocument]
}

/// One live meeting in JSON.
struct MeetingDocument: Encodable {
    let id: Int64
    let uuid: String
    let topic: String
    let host: String?
    let hostEmail: String?
    let startTime: Date?
    let participants: Int?
    let hasSIP: Bool?

    init(_ meeting: LiveMeeting) {
        id = meeting.id
        uuid = meeting.uuid
        topic = meeting.topic
        host = meeting.hostName ?? meeting.hostID
        hostEmail = meeting.hostEmail
        startTime = meeting.startTime
        participants = meeting.participantCount
        hasSIP = meeting.hasSIP
    }
}
