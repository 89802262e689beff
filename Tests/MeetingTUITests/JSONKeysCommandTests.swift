import Foundation
import XCTest
import ZoomSimulator

/// The keys of every `--json` document, as scripts read them: snake case, the same as Zoom's
/// (the documents' property names pass through the encoder's snake-case strategy).
final class JSONKeysCommandTests: XCTestCase {
    private func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    private func keys(_ value: Any?) -> Set<String> {
        Set((value as? [String: Any])?.keys.map { $0 } ?? [])
    }

    func testEveryDocumentKeepsItsSnakeCaseKeys() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let live = await harness.simulator.liveMeetings()
        let meeting = try XCTUnwrap(live.first)

        let meetings = try object(harness.run(["meetings", "--json"]).stdout)
        XCTAssertEqual(Set(meetings.keys), ["scope", "meetings"])
        let listed = try XCTUnwrap((meetings["meetings"] as? [[String: Any]])?.first { $0["id"] as? Int64 == meeting.id })
        XCTAssertEqual(keys(listed), ["id", "uuid", "topic", "host", "host_email", "start_time", "participants", "has_sip"])

        let invite = try object(harness.run(["invite", String(meeting.id), "--sip", "boardroom@rooms.example.com", "--json"]).stdout)
        XCTAssertEqual(Set(invite.keys),
                       ["status", "meeting", "call_type", "address", "elapsed_ms", "reason", "sent", "warnings", "participant"])
        XCTAssertEqual(keys(invite["participant"]), ["id", "name", "status", "device", "join_time", "sip_uri"])

        let dialIn = try object(harness.run(["dialin", String(meeting.id), "--json"]).stdout)
        XCTAssertEqual(Set(dialIn.keys), ["meeting", "sip_dialing", "expire_in", "expires_at", "participant_identifier_code",
                                           "paid_crc_plan_participant"])

        let doctor = try object(harness.run(["doctor", "--json"]).stdout)
        XCTAssertEqual(Set(doctor.keys),
                       ["source", "credentials", "user", "expires_at", "scopes", "callouts_can_work", "features", "locale"])
        XCTAssertEqual(keys(doctor["locale"]), ["variable", "requested", "using", "unicode", "note"])

        XCTAssertEqual(try harness.run(["rooms", "add", "Boardroom", "--sip", "sip:boardroom@rooms.example.com",
                                        "--display-name", "Board", "--key", "1"]).status, 0)
        let rooms = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(harness.run(["rooms", "list", "--json"]).stdout.utf8)) as? [Any])
        XCTAssertEqual(rooms.count, 1)
        XCTAssertEqual(keys(rooms.first), ["name", "call_type", "address", "display_name", "quick_key"])
    }
}
