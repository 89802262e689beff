import Foundation
import MeetingKit
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// Text strangers chose (participant names, meeting topics, user names, Zoom's and the OAuth
/// server's error messages, rate-limit headers, saved rooms) through every plain command: no
/// control character reaches the terminal, and what was there is shown as a visible escape.
final class HostileTextTests: XCTestCase {
    /// Sets the window title, hides what follows, returns to the line start, clears the screen with
    /// the C1 CSI, reverses the text, breaks the line twice and fakes a verdict and a table row.
    static let hostile = "Mallory\u{1B}]0;PWNED\u{07}\u{1B}[8m\r\u{9B}2J\u{202E}evil\u{2028}joined ✓\nFAKE ROW"
    /// How `hostile` looks once escaped.
    static let escaped =
        #"Mallory\u{1B}]0;PWNED\u{07}\u{1B}[8m\u{0D}\u{9B}2J\u{202E}evil\u{2028}joined ✓\u{0A}FAKE ROW"#
    /// The start of it, as much as a table column holds.
    static let escapedStart = #"Mallory\u{1B}]0;PWN"#
    /// A live meeting ID the simulator does not have.
    static let missingMeeting = "85746065432"

    private func start(app: SimulatedApp? = .accountLevel) async throws -> CommandLineHarness {
        let harness = try await CommandLineHarness.start(app: app, for: self) { $0.strangerText = Self.hostile }
        await harness.simulator.join(
            meetingID: try await firstMeetingID(harness), name: Self.hostile, device: Self.hostile)
        return harness
    }

    private func firstMeetingID(_ harness: CommandLineHarness) async throws -> Int64 {
        let meetings = await harness.simulator.liveMeetingIDs()
        return try XCTUnwrap(meetings.first)
    }

    /// Runs a command and checks that neither stream holds a control character other than the
    /// line feeds between lines, and that the stranger's text was shown on `shownOn` as `escaped`.
    @discardableResult
    private func run(
        _ harness: CommandLineHarness, _ arguments: [String], input: String = "",
        shownOn shown: KeyPath<CommandLineHarness.Run, String>?,
        as escaped: String = HostileTextTests.escaped, file: StaticString = #filePath, line: UInt = #line
    ) throws -> CommandLineHarness.Run {
        let run = try harness.run(arguments, input: input)
        for (stream, text) in [("stdout", run.stdout), ("stderr", run.stderr)] {
            let controls = text.unicodeScalars.filter { $0 != "\n" && TerminalScalarClass($0) == .control }
            XCTAssertTrue(
                controls.isEmpty,
                "\(arguments) wrote \(controls.map { String($0.value, radix: 16) }) on \(stream):\n\(text)",
                file: file, line: line)
            XCTAssertFalse(
                text.split(separator: "\n").contains { $0.hasPrefix("FAKE ROW") },
                "\(arguments) let a line be added on \(stream)",
                file: file, line: line)
        }
        if let shown {
            XCTAssertTrue(
                run[keyPath: shown].contains(escaped),
                "\(arguments) did not show the text escaped:\n\(run.stdout)\n\(run.stderr)",
                file: file, line: line)
        }
        return run
    }

    func testListingsShowNamesAndTopicsEscaped() async throws {
        let harness = try await start()
        let meeting = try await firstMeetingID(harness)
        try run(harness, ["meetings"], shownOn: \.stdout, as: Self.escapedStart)
        try run(harness, ["participants", String(meeting)], shownOn: \.stdout, as: Self.escapedStart)
        try run(harness, ["participants", Self.missingMeeting], shownOn: \.stderr)
    }

    func testJSONIsFaithfulAndSafeToCat() async throws {
        let harness = try await start()
        let meeting = try await firstMeetingID(harness)
        for arguments in [["meetings", "--json"], ["participants", String(meeting), "--json"], ["doctor", "--json"]] {
            let output = try run(harness, arguments, shownOn: nil).stdout
            let decoded = try JSONSerialization.jsonObject(with: Data(output.utf8))
            XCTAssertTrue("\(decoded)".contains("PWNED"), "\(arguments): \(output)")
            XCTAssertTrue(
                output.contains(#"\u202e"#) && output.contains(#"\u2028"#) && output.contains(#"\u009b"#),
                "\(arguments): \(output)")
            let texts = try XCTUnwrap(Self.strings(in: decoded))
            XCTAssertTrue(
                texts.contains { $0.contains(Self.hostile) },
                "\(arguments): the JSON must hold the text as Zoom sent it")
        }
    }

    func testMeetingControlsAndInviteShowZoomsMessageEscaped() async throws {
        let harness = try await start()
        let meeting = try await firstMeetingID(harness)
        // A typed meeting is looked up first: Zoom's "no such meeting" words end the command on stderr.
        try run(harness, ["invite", Self.missingMeeting, "--sip", "boardroom@rooms.example.com"], shownOn: \.stderr)
        try run(
            harness, ["invite", Self.missingMeeting, "--sip", "boardroom@rooms.example.com", "--json"], shownOn: nil)
        try run(
            harness, ["invite", String(meeting), "--sip", "boardroom@rooms.example.com", "--name", "Boardroom"],
            shownOn: nil)
        try run(harness, ["call", Self.missingMeeting, "--phone", "+1 415 555 0100"], shownOn: \.stderr)
        try run(harness, ["record", Self.missingMeeting, "start"], shownOn: \.stderr)
        try run(harness, ["end", Self.missingMeeting, "--yes"], shownOn: \.stderr)
        // A control Zoom refuses (nothing is being recorded) reports, and audits, Zoom's words.
        try run(harness, ["record", String(meeting), "stop"], shownOn: \.stdout)
        // The audit log, read with cat or tail -f, is a terminal sink too.
        let audit = try harness.auditLines()
        XCTAssertTrue(audit.contains { $0.contains("PWNED") }, "\(audit)")
        XCTAssertTrue(
            audit.allSatisfy { !$0.unicodeScalars.contains { TerminalScalarClass($0) == .control } }, "\(audit)")
    }

    func testDoctorAndLoginShowTheUserNameEscaped() async throws {
        let harness = try await start()
        try run(harness, ["doctor"], shownOn: \.stdout)

        let pasted = try await start(app: nil)
        let token = await pasted.simulator.issueToken(for: .accountLevel)
        try run(pasted, ["login", "--token"], input: token + "\n", shownOn: \.stdout)

        var wrongSecret = try await start()
        wrongSecret.environment["ZOOM_CLIENT_SECRET"] = "not-the-secret"
        try run(wrongSecret, ["login", "--s2s"], shownOn: \.stderr)
        try run(wrongSecret, ["meetings"], shownOn: \.stderr)
    }

    func testRateLimitHeadersAreEscaped() async throws {
        let harness = try await start()
        await harness.simulator.forceRateLimit(next: 5, retryAfter: "3600", type: Self.hostile)
        let run = try run(harness, ["meetings"], shownOn: nil)
        XCTAssertTrue(run.stderr.contains("PWNED"), run.stderr)
    }

    func testSavedRoomsAreListedEscaped() async throws {
        let harness = try await start()
        let toml = Self.hostile.unicodeScalars.map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? String(format: "\\u%04X", $0.value) : String($0)
        }.joined()
        try harness.writeConfig(
            """
            [[rooms]]
            name = "Lobby"
            type = "sip"
            address = "sip:lobby@rooms.example.com"
            display_name = "\(toml)"
            """)
        try run(harness, ["rooms", "list"], shownOn: \.stdout)
    }

    func testTheConsoleDrawsHostileTopicsWithoutObeyingThem() async throws {
        let harness = try await start()
        var environment = harness.environment
        environment["TERM"] = "xterm-256color"
        let console = try TmuxSession("'\(CommandLineHarness.binary.path)'", environment: environment)
        let screen = try console.waitForScreen("the meeting list") {
            $0.contains("Weekly sync") && $0.contains("Board meeting")
        }
        XCTAssertFalse(try console.paneTitle().contains("PWNED"), "a topic set the window title")
        XCTAssertFalse(
            screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("FAKE ROW") },
            screen)
        try console.send("q")
        XCTAssertEqual(console.waitForExit(), 0)
    }

    /// Every string in a decoded JSON value.
    private static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: [text]
        case let array as [Any]: array.flatMap(strings(in:))
        case let object as [String: Any]: object.values.flatMap(strings(in:))
        default: []
        }
    }
}
