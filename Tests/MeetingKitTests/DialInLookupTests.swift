import Foundation
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Dial-in instead of call-out (`DialInLookup`), and durations as operators type and read them.
final class DialInLookupTests: XCTestCase {
    func testTheAddressIsAskedForWithThePasscode() async throws {
        var app = SimulatedApp.userLevel
        app.scopes = ["meeting:read:meeting", "meeting:write:sip_dialing"]
        let harness = try await ClientHarness.start(app: app, for: self)
        let meeting = try await harness.liveMeeting("meeting the user hosts") { $0.hostID == app.userID }
        let lookup = DialInLookup(client: harness.client, scopes: .known(Set(app.scopes)), source: .userOAuth)

        let address = try await lookup.address(for: .id(meeting.id), passcode: "a1-b2_c*@")

        XCTAssertTrue(address.uri.hasPrefix("\(meeting.id)."), address.uri)
        let request = try await harness.firstRequest("POST", "/meetings/\(meeting.id)/sip_dialing")
        XCTAssertEqual(String(decoding: request.body, as: UTF8.self), #"{"passcode":"a1-b2_c*@"}"#)
    }

    func testATokenWithoutTheScopeIsRefusedBeforeAskingWithTheScopeNamed() async throws {
        let harness = try await ClientHarness.start(app: .userLevel, for: self)
        let meeting = try await harness.liveMeeting()
        let lookup = DialInLookup(
            client: harness.client, scopes: .known(Set(SimulatedApp.userLevel.scopes)), source: .userOAuth)
        do {
            _ = try await lookup.address(for: .id(meeting.id))
            XCTFail("the token lacks meeting:write:sip_dialing")
        } catch let refusal as DialInLookup.Refusal {
            XCTAssertEqual(
                refusal.problem,
                "SIP address for a room to dial in needs meeting:write:sip_dialing or "
                    + "meeting:write:admin:sip_dialing, which this token does not have.")
            XCTAssertTrue(refusal.fix.hasPrefix("Add the scope meeting:write:sip_dialing"), refusal.fix)
        }
        let posts = await harness.requests("POST", "/meetings/")
        XCTAssertTrue(posts.isEmpty)
    }

    func testABadPasscodeIsRefusedWithoutRepeatingIt() {
        for bad in ["", "12345678901", "pass word", "pässe", "a;rm -rf"] {
            XCTAssertThrowsError(try DialInLookup.passcode(checking: bad)) { error in
                XCTAssertEqual(
                    "\(error)", "invalid passcode: a meeting passcode has 1 to 10 letters, digits, @, -, _ or *")
            }
        }
        XCTAssertEqual(try DialInLookup.passcode(checking: "Zx9@-_*"), "Zx9@-_*")
    }

    func testValiditySaysHowLongAndUntilWhenInUTC() {
        let received = ZoomDate.parse("2026-12-03T18:31:10Z")!
        XCTAssertEqual(
            SIPDialingAddress(uri: "1.x@zoomcrc.com", expiresIn: 7200).validity(receivedAt: received),
            "valid for 2 h, until 20:31 UTC")
        XCTAssertEqual(
            SIPDialingAddress(uri: "1.x@zoomcrc.com", expiresIn: 5400).validity(receivedAt: received),
            "valid for 1 h 30 min, until 20:01 UTC")
        XCTAssertNil(SIPDialingAddress(uri: "1.x@zoomcrc.com").validity(receivedAt: received))
    }

    func testDurationsAsOperatorsTypeThem() throws {
        XCTAssertEqual(try DurationText.seconds(parsing: "90s"), 90)
        XCTAssertEqual(try DurationText.seconds(parsing: "30m"), 1800)
        XCTAssertEqual(try DurationText.seconds(parsing: "2h"), 7200)
        XCTAssertEqual(try DurationText.seconds(parsing: "2H"), 7200)
        XCTAssertEqual(try DurationText.seconds(parsing: "45"), 45)
        for bad in ["", "h", "2d", "0m", "-5s", "1.5h", "169h", "2 h 30m", "٣h"] {
            XCTAssertThrowsError(try DurationText.seconds(parsing: bad), bad) { error in
                XCTAssertTrue(
                    "\(error)".hasSuffix(
                        "give a whole number of seconds, minutes or hours, such as 90s, 30m or 2h (at most a week)"))
            }
        }
        XCTAssertEqual(
            ["45 s", "2 min", "30 min", "2 h", "1 h 30 min"],
            [45, 120, 1800, 7200, 5400].map { DurationText.spoken($0) })
    }
}
