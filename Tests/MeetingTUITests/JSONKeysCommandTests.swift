import Foundation
import XCTest
import ZoomSimulator

/// The keys of every `--json` document, as scripts read them: snake case, the same as Zoom's
/// (the documents' property names pass through the encoder's snake-case strategy).
final class JSONKeysCommandTests: XCTestCase {
    /// The JSON document `meeting-tui ARGUMENTS` prints.
    private func document(_ harness: CommandLineHarness, _ arguments: [String]) throws -> Any {
        let run = try harness.run(arguments)
        XCTAssertEqual(run.status, 0, run.stderr)
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    /// The keys of a JSON object; none for anything else.
    private func keys(_ value: Any?) -> Set<String> {
        Set((value as? [String: Any])?.keys.map { $0 } ?? [])
    }

    func testEveryDocumentKeepsItsSnakeCaseKeys() async throws {
        let harness = try await CommandLineHarness.start(for: self)
        let live = await harness.simulator.liveMeetings()
        let meeting = try XCTUnwrap(live.first)
        let id = String(meeting.id)

        let meetings = try document(harness, ["meetings", "--json"])
        XCTAssertEqual(keys(meetings), ["scope", "meetings"])
        let listing = (meetings as? [String: Any])?["meetings"] as? [[String: Any]] ?? []
        let listed = try XCTUnwrap(listing.first { $0["id"] as? Int64 == meeting.id })
        XCTAssertEqual(
            keys(listed),
            [
                "id", "uuid", "topic", "host", "host_email", "start_time", "participants",
                "has_sip",
            ])

        let invite = try document(harness, ["invite", id, "--sip", "boardroom@rooms.example.com", "--json"])
        XCTAssertEqual(
            keys(invite),
            [
                "status", "meeting", "call_type", "address", "elapsed_ms", "reason", "sent",
                "warnings", "participant",
            ])
        XCTAssertEqual(
            keys((invite as? [String: Any])?["participant"]),
            ["id", "name", "status", "device", "join_time", "sip_uri"])

        XCTAssertEqual(
            keys(try document(harness, ["dialin", id, "--json"])),
            [
                "meeting", "sip_dialing", "expire_in", "expires_at", "participant_identifier_code",
                "paid_crc_plan_participant",
            ])

        let doctor = try document(harness, ["doctor", "--json"])
        XCTAssertEqual(
            keys(doctor),
            [
                "source", "credentials", "user", "expires_at", "scopes", "callouts_can_work",
                "features", "locale",
            ])
        XCTAssertEqual(
            keys((doctor as? [String: Any])?["locale"]),
            ["variable", "requested", "using", "unicode", "note"])

        let added = try harness.run([
            "rooms", "add", "Boardroom", "--sip", "sip:boardroom@rooms.example.com",
            "--display-name", "Board", "--key", "1",
        ])
        XCTAssertEqual(added.status, 0, added.stderr)
        let rooms = try XCTUnwrap(try document(harness, ["rooms", "list", "--json"]) as? [Any])
        XCTAssertEqual(rooms.count, 1)
        XCTAssertEqual(keys(rooms.first), ["name", "call_type", "address", "display_name", "quick_key"])
    }
}
