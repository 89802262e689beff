import Foundation
import MeetingTestSupport
import XCTest

/// The real `meeting-tui --demo` console in tmux under hostile terminal conditions: a resize storm,
/// a 20x5 terminal, a non-UTF-8 locale, `TERM=vt100` and `TERM=dumb`, and SIGHUP in the middle of
/// an invite. Each time: no crash, the terminal restored, and an interrupted invite's outcome in the audit log.
final class TerminalRobustnessTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        try TmuxSession.skipUnlessInstalled()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("terminal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The demo console in tmux; it writes its process ID to `console.pid` (the shell `exec`s it) and
    /// keeps its temporary files, the demo's audit log included, under the test's directory.
    /// `locale` goes into `LANG` and `LC_ALL`; `variables` adds or overrides variables.
    private func startDemo(
        term: String = "xterm-256color", locale: String = "C.UTF-8", columns: Int = 100, rows: Int = 30,
        variables: [String: String] = [:]
    ) throws -> TmuxSession {
        let pidFile = directory.appendingPathComponent("console.pid").path
        let command = "sh -c 'echo $$ > \(pidFile); exec \(CommandLineHarness.binary.path) --demo'"
        let environment = ["TERM": term, "LANG": locale, "LC_ALL": locale, "TMPDIR": directory.path, "TZ": "UTC"]
        return try TmuxSession(
            command, columns: columns, rows: rows, environment: environment.merging(variables) { $1 })
    }

    private func consolePID() throws -> pid_t {
        let text = try String(contentsOf: directory.appendingPathComponent("console.pid"), encoding: .utf8)
        return try XCTUnwrap(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    private func waitForMeetings(_ console: TmuxSession) throws {
        try console.waitForScreen("the meeting list") { $0.contains("Weekly sync") && $0.contains("Board meeting") }
    }

    /// Quits with `q` and checks the exit status and that the normal screen is back.
    private func quit(_ console: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        try console.send("q")
        let status = console.waitForExit()
        let screen = try console.screen()
        XCTAssertEqual(status, 0, "the console did not exit cleanly:\n\(screen)", file: file, line: line)
        XCTAssertFalse(
            try console.alternateScreenOn(), "the terminal was left on the alternate screen", file: file, line: line)
    }

    func testResizeStormAndATwentyByFiveTerminal() throws {
        let console = try startDemo()
        try waitForMeetings(console)
        let sizes = [(20, 5), (100, 30), (80, 24), (41, 9), (132, 43), (60, 12), (21, 6)]
        for index in 0..<100 {
            let (columns, rows) = sizes[index % sizes.count]
            try console.resize(columns: columns, rows: rows)
        }
        try console.resize(columns: 20, rows: 5)
        try console.waitForScreen("the too-small notice at 20x5") { $0.contains("Terminal too small") }
        try console.resize(columns: 100, rows: 30)
        try waitForMeetings(console)
        XCTAssertNil(console.exitStatus(), "the console ended during the storm")
        try quit(console)
    }

    /// A locale that names another character set, and the C locale on a vt100, are drawn in
    /// ASCII (the C locale on a UTF-8 terminal gets C.UTF-8: see ConsoleEndToEndTests).
    func testNonUTF8LocaleDrawsInASCII() throws {
        for (term, locale) in [("xterm-256color", "en_US.ISO-8859-1"), ("vt100", "C")] {
            let console = try startDemo(term: term, locale: locale)
            let screen = try console.waitForScreen("the meeting list in ASCII") {
                $0.contains("Weekly sync") && $0.contains("M?ller")
            }
            XCTAssertFalse(
                screen.unicodeScalars.contains { !$0.isASCII },
                "a non-ASCII character reached a \(locale) terminal:\n\(screen)")
            try quit(console)
        }
    }

    /// An installed `LC_CTYPE` is drawn in even when `LANG` names a missing locale (where
    /// `setlocale(LC_ALL, "")` as a whole fails and would leave the characters in C).
    func testAnInstalledCharacterLocaleWorksBesideAMissingLANG() throws {
        let console = try startDemo(locale: "", variables: ["LANG": "xx_XX.UTF-8", "LC_CTYPE": "C.UTF-8"])
        try console.waitForScreen("the meeting list in UTF-8") { $0.contains("Weekly sync") && $0.contains("Müller") }
        XCTAssertFalse(try console.screen().contains("Locale:"), "C.UTF-8 was asked for: nothing to note")
        try quit(console)
    }

    func testVT100Works() throws {
        let console = try startDemo(term: "vt100", columns: 80, rows: 24)
        try waitForMeetings(console)
        try console.send("?")
        try console.waitForScreen("the help screen") { $0.contains("Esc closes") }
        try console.send("Escape")
        try quit(console)
    }

    /// `TERM=dumb` cannot move the cursor: the console refuses with a message naming terminals
    /// that work (and the subcommands, which need none) instead of drawing a garbled screen.
    func testDumbTerminalIsRefusedWithAClearMessage() throws {
        let console = try startDemo(term: "dumb")
        let status = console.waitForExit()
        XCTAssertNotNil(status)
        XCTAssertNotEqual(status, 0)
        let screen = try console.screen().replacingOccurrences(of: "\n", with: "")
        XCTAssertTrue(screen.contains("cannot move the cursor") && screen.contains("xterm-256color"), screen)
        XCTAssertFalse(try console.alternateScreenOn())
    }

    func testHangupDuringAnInviteRestoresTheTerminalAndAuditsTheOutcome() throws {
        let console = try startDemo()
        try waitForMeetings(console)
        // Quick key 3 is the demo's Annex room, which never answers: the invite rings until cut short.
        try console.send("3")
        try console.waitForScreen("the quick-key confirmation") { $0.contains("Annex") && $0.contains("y Yes") }
        try console.send("y")
        try console.waitForScreen("the ringing invite") { $0.contains("Annex") && $0.contains("ringing") }

        let pid = try consolePID()
        XCTAssertEqual(kill(pid, SIGHUP), 0)
        XCTAssertEqual(console.waitForExit(), 128 + SIGHUP)
        XCTAssertFalse(try console.alternateScreenOn(), "the terminal was left on the alternate screen")

        let demoDirectory = try XCTUnwrap(
            try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .first { $0.hasPrefix("meeting-tui-demo-") }, "the demo made no directory")
        let audit = directory.appendingPathComponent(demoDirectory).appendingPathComponent("audit.log")
        let lines = try String(contentsOf: audit, encoding: .utf8).split(separator: "\n")
        let entry = try XCTUnwrap(
            lines.first { $0.contains("sip:annex@rooms.example.com") }, "the interrupted invite is not in the audit log"
        )
        XCTAssertTrue(entry.contains(#""outcome":"unconfirmed""#), String(entry))
        XCTAssertTrue(entry.contains("cancelled"), String(entry))
    }
}
