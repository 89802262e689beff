import ArgumentParser
import Foundation
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
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting ID (857 4606 5432, 857-4606-5432) or UUID.") var meeting: String
    @Option(help: "The room system's SIP URI (sip:room@host; a bare room@host or IP address gets sip:).") var sip: String?
    @Option(help: "The room system's H.323 address: IP, host, E.164 number, alias@host or address##extension.") var h323: String?
    @Option(help: "A saved room's name (see `meeting-tui rooms list`).") var room: String?
    @Option(help: "The name the room system gets in the meeting.") var name: String?
    @Option(help: "The caller name the room system shows.") var fromName: String?
    @Option(help: "SIP only: the caller URI (sip: or sips:).") var fromUri: String?
    @Option(name: .customLong("header"), help: "SIP only: a custom header X-Key=value (up to 10).") var headers: [String] = []
    @Option(help: "Seconds to wait for the room system to join.") var timeout: Double = 60
    @Flag(help: "Do not watch the participants after Zoom accepts.") var noVerify = false
    @Flag(help: "Send even when the token's scopes say the call-out cannot work, or the room is already in.") var force = false
    @Flag(help: "Print one JSON document.") var json = false
    @Flag(help: "Wait for the meeting to start (nothing is sent before it does), then call and verify.") var whenLive = false
    @Option(help: "With --when-live: how long to wait, as 90s, 30m or 2h (default 2h); exit 75 when it does not start.",
            transform: DurationText.seconds(parsing:)) var wait: TimeInterval?

    func validate() throws {
        let given = [sip, h323, room].compactMap { $0 }.count
        guard given == 1 else { throw ValidationError("give exactly one of --sip, --h323 or --room") }
        if wait != nil, !whenLive { throw ValidationError("--wait goes with --when-live") }
    }

    func run() async throws {
        try await CommandRunner.run {
            // What the operator typed is checked before credentials are used or anything is sent.
            let reference = try MeetingReference(parsing: meeting)
            let typedTarget = try typedAddressSuggestingRooms()
            let customHeaders = try headers.map(CalloutDetails.header(parsing:))
            let session = try await Session.open(global)
            let saved = savedRoom(session.rooms)
            let target = try typedTarget ?? savedTarget(saved, rooms: session.rooms)
            var request = try InviteRequest(
                meeting: reference, target: target,
                displayName: name ?? saved?.displayName, fromDisplayName: fromName, fromURI: fromUri, headers: customHeaders,
                timeout: timeout, verify: !noVerify, force: force
            ).validated()
            if !whenLive { request.meeting = try await TypedMeeting.live(reference, session: session) }
            let token = try await session.token()
            let workflow = InviteWorkflow(client: session.client, scopes: token.scopes, source: session.credentials.source,
                                          auditLog: session.auditLog)
            let progress = ProgressLine(enabled: Output.isTerminal(STDERR_FILENO))
            let report = if whenLive {
                await workflow.runWhenLive(request, waitingAtMost: wait ?? MeetingStartWaiter.defaultWait, progress: progress.show)
            } else {
                await workflow.run(request, progress: progress.show)
            }
            progress.finish()
            await session.close()
            if json {
                try Output.json(InviteDocument(report))
            } else {
                print(InviteText.render(report))
            }
            if let problem = report.auditProblem { Output.error("warning: \(problem)") }
            let status = ExitStatus(report)
            if status != .ok { throw status.exitCode }
        }
    }

    private func savedRoom(_ rooms: [SavedRoom]) -> SavedRoom? {
        room.flatMap(rooms.named)
    }

    /// The typed address; when it is refused and names a saved room, the error suggests `--room`.
    private func typedAddressSuggestingRooms() throws -> RoomSystemAddress? {
        do {
            return try typedAddress()
        } catch {
            guard let typed = sip ?? h323, let saved = Session.savedRooms(global).named(typed) else { throw error }
            let name = saved.name.contains(" ") ? "\"\(saved.name)\"" : saved.name
            throw CommandFailure(description: "\(error); did you mean `--room \(name)`?", status: .invalidInput)
        }
    }

    private func typedAddress() throws -> RoomSystemAddress? {
        if let sip { return try RoomSystemAddress.parse(callType: .sip, input: sip) }
        if let h323 { return try RoomSystemAddress.parse(callType: .h323, input: h323) }
        return nil
    }

    private func savedTarget(_ saved: SavedRoom?, rooms: [SavedRoom]) throws -> RoomSystemAddress {
        guard let saved else {
            let names = Output.value(rooms.map(\.name).joined(separator: ", "))
            throw CommandFailure(description: "no saved room is called \"\(Output.value(room ?? ""))\"" + (names.isEmpty ? "; add one with `meeting-tui rooms add`" : " (saved: \(names))"),
                                 status: .invalidInput)
        }
        return try RoomSystemAddress.parse(callType: saved.callType, input: saved.address)
    }
}

/// An invite's report as text for a person.
enum InviteText {
    static func render(_ report: InviteReport) -> String {
        var lines = ["\(report.outcome.label): \(Output.value(report.reason))"]
        if let next = report.nextStep { lines.append("next: \(Output.value(next))") }
        for warning in report.warnings { lines.append("warning: \(Output.value(warning))") }
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

    enum CodingKeys: String, CodingKey {
        case status, meeting, address, reason, sent, warnings, participant
        case callType = "call_type"
        case elapsedMs = "elapsed_ms"
        case nextStep = "next_step"
        case zoomCode = "zoom_code"
    }
}
