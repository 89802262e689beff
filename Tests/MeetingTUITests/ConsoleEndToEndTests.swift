import Foundation
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// The real `meeting-tui` console in tmux against a simulator: what an operator sees and does.
final class ConsoleEndToEndTests: XCTestCase {
    override func setUpWithError() throws {
        try TmuxSession.skipUnlessInstalled()
    }

    func testOperatorFiltersOpensParticipantsCallsARoomResizesAndQuits() async throws {
        let harness = try await CommandLineHarness.start(for: self) { $0.ringSeconds = 0.5 }
        try harness.writeConfig(
            """
            [[rooms]]
            name = "Boardroom"
            type = "sip"
            address = "sip:boardroom@rooms.example.com"
            display_name = "Boardroom"
            key = 1
            """)
        let (board, unicodeNames) = try await boardMeeting(harness)

        var environment = harness.environment
        environment["TERM"] = "xterm-256color"
        let console = try TmuxSession("'\(CommandLineHarness.binary.path)'", environment: environment)

        try console.waitForScreen("the meeting list") { $0.contains("Weekly sync") && $0.contains("Board meeting") }

        try console.send("/")
        try console.send("Board", literal: true)
        try console.waitForScreen("the filtered list") { !$0.contains("Weekly sync") && $0.contains("Board meeting") }
        try console.send("Enter")
        try console.send("Enter")
        let participants = try console.waitForScreen("the participants of Board meeting") { screen in
            screen.contains("Board meeting (") && unicodeNames.allSatisfy { screen.contains($0) }
        }
        XCTAssertTrue(
            participants.contains("WAITING ROOM") || board.participants.allSatisfy { $0.status == .inMeeting })

        try console.send("1")
        try console.waitForScreen("the quick-key confirmation") { $0.contains("Boardroom") && $0.contains("y Yes") }
        try console.send("y")
        try console.waitForScreen("the joined outcome") { $0.contains("Boardroom") && $0.contains("joined ✓") }
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
        XCTAssertEqual(callouts.first?.meetingID, board.id)

        try console.resize(columns: 80, rows: 24)
        try console.waitForScreen("a redraw at 80x24") { screen in
            screen.contains("joined ✓") && screen.split(separator: "\n").allSatisfy { $0.count <= 80 }
        }
        try console.resize(columns: 30, rows: 8)
        try console.waitForScreen("the too-small notice") { $0.contains("too small") }
        try console.resize(columns: 100, rows: 30)
        try console.waitForScreen("the participants again") { $0.contains("Board meeting (") }

        try console.send("Escape")
        try console.waitForScreen("the meeting list again") { $0.contains("Meetings (") }
        try console.send("q")
        XCTAssertEqual(console.waitForExit(), 0)
        XCTAssertFalse(try console.alternateScreenOn(), "the terminal must be restored")
        XCTAssertFalse(try console.screen().contains("Meetings ("), "no console output may be left on the screen")
        XCTAssertTrue(try harness.auditLines().contains { $0.contains(#""outcome":"joined""#) })
    }

    /// Over SSH the client's `LANG` names a locale this machine never generated: the console uses
    /// C.UTF-8 instead, says so in its log, draws the participants' names as they are (not "?"),
    /// and `q` quits from the participants view.
    func testALocaleNotInstalledHereFallsBackToCUTF8AndDrawsNames() async throws {
        let missing = try XCTUnwrap(
            ["en_US.UTF-8", "xx_XX.UTF-8"].first { !isInstalled($0) }, "every candidate locale is installed")
        let harness = try await CommandLineHarness.start(for: self)
        let unicodeNames = try await boardMeeting(harness).unicodeNames

        var environment = harness.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = missing
        environment["LC_ALL"] = ""
        environment["LC_CTYPE"] = ""
        let console = try TmuxSession("'\(CommandLineHarness.binary.path)'", environment: environment)
        try console.waitForScreen("the fallback in the log") {
            $0.contains("Locale: \(missing) (from LANG) is not installed here; using C.UTF-8 for the console")
        }
        try console.send("/")
        try console.send("Board", literal: true)
        try console.send("Enter")
        try console.send("Enter")
        let screen = try console.waitForScreen("the names of Board meeting drawn as they are") { screen in
            screen.contains("Board meeting (") && unicodeNames.allSatisfy { screen.contains($0) }
        }
        XCTAssertTrue(screen.contains("│"), "lines are drawn in Unicode too:\n\(screen)")
        try console.send("q")
        XCTAssertEqual(console.waitForExit(), 0, "q quits from the participants view")
        XCTAssertFalse(try console.alternateScreenOn())
    }

    /// The simulator's Board meeting and the names beyond ASCII of the people in it.
    private func boardMeeting(_ harness: CommandLineHarness) async throws -> (
        meeting: SimulatedMeeting, unicodeNames: [String]
    ) {
        let meetings = await harness.simulator.liveMeetings()
        let board = try XCTUnwrap(
            meetings.first { $0.topic == "Board meeting" }, "the simulator's seed has no Board meeting")
        let unicodeNames = board.participants.filter { $0.isPresent && $0.name.unicodeScalars.contains { !$0.isASCII } }
            .map(\.name)
        XCTAssertFalse(unicodeNames.isEmpty, "the test needs a Unicode name in the Board meeting")
        return (board, unicodeNames)
    }

    /// Whether this machine's C library has a locale.
    private func isInstalled(_ name: String) -> Bool {
        guard let locale = newlocale(LC_CTYPE_MASK, name, nil) else { return false }
        freelocale(locale)
        return true
    }

    /// A parent may start the console with signals blocked (a test runner's tmux does): the
    /// process's own threads block them all, so the main thread must take them, or a resize
    /// would never be seen. perl (Debian's essential perl-base) blocks them before the exec.
    func testAResizeReachesAConsoleStartedWithSignalsBlocked() throws {
        let blocked = [SIGWINCH, SIGTERM, SIGINT].map(String.init).joined(separator: ", ")
        let blocking = "perl -MPOSIX -e 'sigprocmask(SIG_BLOCK, POSIX::SigSet->new(\(blocked))); exec @ARGV'"
        let console = try demoConsole(startedBy: blocking)
        try console.waitForScreen("the demo's meetings") { $0.contains("Meetings (4)") }
        try console.resize(columns: 30, rows: 8)
        try console.waitForScreen("the too-small notice") { $0.contains("too small") }
        try console.resize(columns: 100, rows: 30)
        try console.waitForScreen("the meetings again") { $0.contains("Meetings (4)") }
        try console.send("q")
        XCTAssertEqual(console.waitForExit(), 0)
    }

    func testDemoStartsWithoutAnAccountAndQuits() throws {
        let console = try demoConsole()
        try console.waitForScreen("the demo's meetings") { $0.contains("Weekly sync") && $0.contains("Meetings (4)") }
        try console.send("?")
        try console.waitForScreen("the help screen") {
            $0.contains("Help: keys of the meetings view") && $0.contains("q          quit")
        }
        try console.send("Escape")
        try console.send("q")
        XCTAssertEqual(console.waitForExit(), 0)
        XCTAssertFalse(try console.alternateScreenOn())
    }

    /// A console on the built-in demo (no account, no network), run by `launcher` when one is given.
    private func demoConsole(startedBy launcher: String = "") throws -> TmuxSession {
        try TmuxSession(
            "\(launcher) '\(CommandLineHarness.binary.path)' --demo",
            environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()])
    }
}
