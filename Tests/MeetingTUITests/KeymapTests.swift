import XCTest

@testable import MeetingConsole

final class KeymapTests: XCTestCase {
    func testDefaultsDispatchPerScreen() {
        let keymap = Keymap.defaults
        XCTAssertEqual(keymap.action(for: .character("q"), on: .meetings, readOnly: false), .quit)
        for screen in Screen.allCases {
            XCTAssertEqual(
                keymap.action(for: .character("q"), on: screen, readOnly: true), .quit,
                "q quits from every view: \(screen)")
        }
        XCTAssertEqual(keymap.action(for: .enter, on: .meetings, readOnly: false), .open)
        XCTAssertEqual(keymap.action(for: .escape, on: .participants, readOnly: false), .back)
        XCTAssertEqual(keymap.action(for: .character("l"), on: .participants, readOnly: false), .showLeft)
        XCTAssertNil(keymap.action(for: .character("l"), on: .meetings, readOnly: false))
        XCTAssertEqual(keymap.action(for: .character("?"), on: .help, readOnly: false), .help)
    }

    func testNoDefaultUsesKeysThatMultiplexersClaim() {
        for keys in Keymap.defaults.bindings.values {
            XCTAssertFalse(keys.contains(where: \.isReservedByMultiplexers))
        }
    }

    func testReadOnlyUnbindsChanges() {
        let keymap = Keymap.defaults
        XCTAssertNil(keymap.action(for: .character("i"), on: .meetings, readOnly: true))
        XCTAssertNil(keymap.action(for: .character("E"), on: .participants, readOnly: true))
        XCTAssertFalse(keymap.entries(on: .meetings, readOnly: true).contains { $0.action.changesMeeting })
        XCTAssertTrue(keymap.entries(on: .meetings, readOnly: false).contains { $0.action == .endMeeting })
    }

    func testOverridesAndTheirProblems() {
        let (keymap, problems) = Keymap.applying(overrides: [
            "down": "n pgdn", "invite": "ctrl-a", "fly": "f", "up": "hyper-x", "help": "f2",
        ])
        XCTAssertEqual(keymap.bindings[.moveDown], [.character("n"), .pageDown])
        XCTAssertEqual(keymap.bindings[.invite], [.character("i")], "a reserved chord is refused and the default kept")
        XCTAssertEqual(keymap.bindings[.help], [.function(2)])
        XCTAssertEqual(
            problems,
            [
                "[keys] fly: no such action",
                "[keys] invite: ^A is left to tmux/screen and flow control",
                "[keys] up: unknown key \"hyper-x\"",
            ])
    }

    func testHelpEntriesMatchDispatchWhenKeysClash() {
        let (keymap, _) = Keymap.applying(overrides: ["refresh": "j"])
        let entries = keymap.entries(on: .meetings, readOnly: false)
        XCTAssertEqual(entries.first { $0.action == .moveDown }?.keys, [.down, .character("j")])
        XCTAssertNil(entries.first { $0.action == .refresh }, "j moves down, so refresh has no working key to show")
    }

    func testKeySpecs() {
        XCTAssertEqual(KeyPress(spec: "space"), .character(" "))
        XCTAssertEqual(KeyPress(spec: "Ctrl-L"), .control("l"))
        XCTAssertEqual(KeyPress(spec: "PgDn"), .pageDown)
        XCTAssertEqual(KeyPress(spec: "F10"), .function(10))
        XCTAssertEqual(KeyPress(spec: "G"), .character("G"))
        XCTAssertNil(KeyPress(spec: "ctrl-1"))
    }
}
