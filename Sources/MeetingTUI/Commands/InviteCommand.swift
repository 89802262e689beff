import ArgumentParser
import FoundationEssentials
import MeetingKit

/// `meeting-tui invite`: call a SIP or H.323 room system into a meeting and report whether it really joined.
struct InviteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Call a room system into a meeting and verify that it joined.",
        discussion: """
            Checks the address and the token's scopes before sending, sends the call-out once, then watches \
            the live participants until a room system appears: a participant on a laptop or phone that \
            carries the room's name is reported as such, never as the room. Exit 0 only when it joined (or \
            with --no-verify when Zoom accepted); 75 when accepted but not confirmed, or when the meeting did not \
            start within --wait (--when-live: nothing is sent before it starts); 77 when refused; 65 for \
            a bad address, meeting ID, name or header (nothing sent). A SIP host must be a full domain or an \
            IP address; names are at most 64 characters, --from-uri at most 256 bytes, at most 10 headers \
            with names of at most 32 bytes and values of at most 256.

            Several rooms in one go: repeat --sip, --h323 and --room. Each room is called once (a room \
            listed twice is refused, nothing sent), the call-outs spaced within Zoom's rate label, and each \
            is verified on its own; one line (or with --json one JSON document) per room. Exit 0 only when \
            every room joined, otherwise the worst room's status.

            --keep watches the rooms after they joined and calls a room again when it is seen to have left \
            while the meeting is live (also when someone hung up on it), at most --redials times per room, \
            waiting 10 s, 20 s, 40 s...; it ends by itself when the meeting ends (exit 0) or a room's redials \
            are used up (that room's status).
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting ID (857 4606 5432, 857-4606-5432) or UUID.") var meeting: String
    @Option(help: "A room system's SIP URI (sip:room@host; a bare room@host or IP address gets sip:); repeatable.")
    var sip: [String] = []
    @Option(
        help: "A room system's H.323 address: IP, host, E.164 number, alias@host or address##extension; repeatable.")
    var h323: [String] = []
    @Option(help: "A saved room's name (see `meeting-tui rooms list`); repeatable.") var room: [String] = []
    @Option(help: "The name the room system gets in the meeting (one room only; saved rooms carry their own).")
    var name: String?
    @Option(help: "The caller name the room system shows.") var fromName: String?
    @Option(help: "SIP only: the caller URI (sip: or sips:).") var fromUri: String?
    @Option(name: .customLong("header"), help: "SIP only: a custom header X-Key=value (up to 10).") var headers:
        [String] = []
    @Option(help: "Seconds to wait for the room system to join.") var timeout: Double = 60
    @Flag(help: "Do not watch the participants after Zoom accepts.") var noVerify = false
    @Flag(help: "Send even when the token's scopes say the call-out cannot work, or the room is already in.")
    var force = false
    @Flag(help: "Print one JSON document per room, one per line.") var json = false
    @Flag(help: "Keep the rooms connected: call a room again when it is seen to have left, until the meeting ends.")
    var keep = false
    @Option(help: "With --keep: the most redials per room, 0 to 10 (default 3).") var redials: Int?
    @Flag(help: "Wait for the meeting to start (nothing is sent before it does), then call and verify.") var whenLive =
        false
    @Option(
        help: "With --when-live: how long to wait, as 90s, 30m or 2h (default 2h); exit 75 when it does not start.",
        transform: DurationText.seconds(parsing:)) var wait: TimeInterval?

    func validate() throws {
        let given = sip.count + h323.count + room.count
        guard given >= 1 else { throw ValidationError("give at least one of --sip, --h323 or --room") }
        if given > 1, name != nil {
            throw ValidationError(
                "--name names one room; give it with a single room (saved rooms carry their own names)")
        }
        if redials != nil, !keep { throw ValidationError("--redials goes with --keep") }
        if wait != nil, !whenLive { throw ValidationError("--wait goes with --when-live") }
    }

    func run() async throws {
        try await CommandRunner.run {
            // What the operator typed is checked before credentials are used or anything is sent.
            let reference = try MeetingReference(parsing: meeting)
            let typedTargets = try typedAddressesSuggestingRooms()
            let customHeaders = try headers.map(CalloutDetails.header(parsing:))
            let policy = try KeepPolicy(redials: redials ?? 3).validated()
            let session = try await Session.open(global)
            let savedTargets = try room.map { try savedTarget(named: $0, rooms: session.rooms) }
            let targets =
                typedTargets.map { ($0, name) } + savedTargets.map { ($0.address, name ?? $0.room.displayName) }
            let requests = try targets.map { target, displayName in
                try InviteRequest(
                    meeting: reference, target: target,
                    displayName: displayName, fromDisplayName: fromName, fromURI: fromUri, headers: customHeaders,
                    timeout: timeout, verify: !noVerify, force: force
                ).validated()
            }
            var batch = try RoomBatch(requests)
            // With --when-live the workflow waits for the meeting itself; otherwise it must be in progress now.
            if !whenLive { batch = batch.addressed(to: try await TypedMeeting.live(reference, session: session)) }
            let calls = try await RoomCalls(
                session: session, json: json, keep: keep ? policy : nil,
                waitingForStartAtMost: whenLive ? wait ?? MeetingStartWaiter.defaultWait : nil)
            let status = await calls.run(batch)
            if status != .ok { throw status.exitCode }
        }
    }

    /// The typed addresses (SIP first, then H.323); when one is refused and names a saved room,
    /// the error suggests `--room`.
    private func typedAddressesSuggestingRooms() throws -> [RoomSystemAddress] {
        let typed = sip.map { (RoomSystemCallType.sip, $0) } + h323.map { (RoomSystemCallType.h323, $0) }
        return try typed.map { callType, input in
            do {
                return try RoomSystemAddress.parse(callType: callType, input: input)
            } catch {
                guard let saved = Session.savedRooms(global).named(input) else { throw error }
                let name = saved.name.contains(" ") ? "\"\(saved.name)\"" : saved.name
                throw CommandFailure(description: "\(error); did you mean `--room \(name)`?", status: .invalidInput)
            }
        }
    }

    private func savedTarget(named wanted: String, rooms: [SavedRoom]) throws -> (
        room: SavedRoom, address: RoomSystemAddress
    ) {
        guard let saved = rooms.named(wanted) else {
            let names = Output.value(rooms.map(\.name).joined(separator: ", "))
            throw CommandFailure(
                description: "no saved room is called \"\(Output.value(wanted))\""
                    + (names.isEmpty ? "; add one with `meeting-tui rooms add`" : " (saved: \(names))"),
                status: .invalidInput)
        }
        return (saved, try RoomSystemAddress.parse(callType: saved.callType, input: saved.address))
    }
}

/// An invite's report as text for a person.
enum InviteText {
    /// The outcome line, then the next step and warnings; `namingTheRoom` (several rooms in one
    /// invite) indents those and names the room in them, so each room keeps one outcome line.
    static func render(_ report: InviteReport, namingTheRoom: Bool = false) -> String {
        let room = namingTheRoom ? " (\(report.target.address))" : ""
        let indent = namingTheRoom ? "  " : ""
        var lines = ["\(report.outcome.label): \(Output.value(report.reason))"]
        if let next = report.nextStep { lines.append("\(indent)next\(room): \(Output.value(next))") }
        for warning in report.warnings { lines.append("\(indent)warning\(room): \(Output.value(warning))") }
        return lines.joined(separator: "\n")
    }
}

/// An invite's report as JSON for scripts.
struct InviteDocument: Encodable {
    let status: String
    let meeting: String
    let callType: String
    let address: String
    let elapsedMs: Int
    let reason: String
    let nextStep: String?
    let zoomCode: Int?
    let sent: Bool
    let warnings: [String]
    let participant: ParticipantDocument?

    init(_ report: InviteReport) {
        status = report.outcome.rawValue
        meeting = report.meeting.description
        callType = report.target.callType.rawValue
        address = report.target.address
        elapsedMs = Int((report.elapsed * 1000).rounded())
        reason = report.reason
        nextStep = report.nextStep
        zoomCode = report.zoomCode
        sent = report.sent
        warnings = report.warnings
        participant = report.participant.map(ParticipantDocument.init)
    }
}
