import ArgumentParser
import FoundationEssentials
import MeetingKit

/// `meeting-tui dialin <meeting>`: the SIP address a room system dials to join by itself, for when
/// the app may not call rooms out.
struct DialInCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dialin",
        abstract: "Get the SIP address a room system dials to join a meeting by itself.",
        discussion: """
            For when the app may not call rooms out (a user-managed app cannot hold the admin scope a \
            call-out needs): asks Zoom (POST /meetings/{id}/sip_dialing, scope meeting:write:sip_dialing) \
            for the address and prints it with how long it is valid. The meeting need not have started. \
            Exit 0 with the address; 65 for a bad meeting ID or passcode, or a meeting Zoom does not know; \
            77 when the token lacks the scope.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting ID (857 4606 5432, 857-4606-5432) or UUID.") var meeting: String
    @Option(help: "The meeting's passcode, built into the address so that the room is not asked for it.") var passcode:
        String?
    @Flag(help: "Print one JSON document.") var json = false

    func run() async throws {
        try await CommandRunner.run {
            let reference = try MeetingReference(parsing: meeting)
            let checkedPasscode = try passcode.map(DialInLookup.passcode(checking:))
            let session = try await Session.open(global)
            let token = try await session.token()
            let lookup = DialInLookup(client: session.client, scopes: token.scopes, source: session.credentials.source)
            let address: SIPDialingAddress
            do {
                address = try await lookup.address(for: reference, passcode: checkedPasscode)
            } catch let refusal as DialInLookup.Refusal {
                throw CommandFailure(description: refusal.description, status: .notPermitted)
            }
            let received = Date()
            if json {
                try Output.json(DialInDocument(meeting: reference, address: address, receivedAt: received))
            } else {
                print(
                    DialInText.render(
                        address, meeting: reference, passcode: checkedPasscode != nil, receivedAt: received))
            }
        }
    }
}

/// The dial-in address as text for a person.
enum DialInText {
    static func render(
        _ address: SIPDialingAddress, meeting: MeetingReference, passcode: Bool, receivedAt received: Date
    ) -> String {
        var lines = ["dial-in address: \(Output.value(address.uri))"]
        if let validity = address.validity(receivedAt: received) { lines.append(validity) }
        lines.append(
            "next: have the room system dial this address (SIP) to join meeting \(meeting)"
                + (passcode ? "; the passcode is built in." : "."))
        return lines.joined(separator: "\n")
    }
}

/// The dial-in address as JSON for scripts.
struct DialInDocument: Encodable {
    let meeting: String
    let sipDialing: String
    let expireIn: Int?
    let expiresAt: String?
    let participantIdentifierCode: String?
    let paidCRCPlanParticipant: Bool?

    init(meeting: MeetingReference, address: SIPDialingAddress, receivedAt received: Date) {
        self.meeting = meeting.description
        sipDialing = address.uri
        expireIn = address.expiresIn.map { Int($0) }
        expiresAt = address.expiry(receivedAt: received).map(ZoomDate.format)
        participantIdentifierCode = address.participantIdentifierCode
        paidCRCPlanParticipant = address.paidCRCPlanParticipant
    }
}
