import Foundation
import MeetingKit
import XCTest

/// The one sanitiser for text from strangers: what it escapes, how the escape looks, what it keeps.
final class TerminalTextTests: XCTestCase {
    func testEveryKindOfControlIsShownAsAnEscape() {
        let cases: [(String, String)] = [
            ("Mallory\u{1B}]0;PWNED\u{07}", #"Mallory\u{1B}]0;PWNED\u{07}"#), // OSC window title, BEL
            ("\u{1B}]52;c;cGF5\u{1B}\\", #"\u{1B}]52;c;cGF5\u{1B}\"#), // OSC 52 clipboard write
            ("a\rb\nc\td\u{7F}", #"a\u{0D}b\u{0A}c\u{09}d\u{7F}"#), // CR, LF, TAB, DEL
            ("\u{9B}2J\u{85}\u{80}\u{9F}", #"\u{9B}2J\u{85}\u{80}\u{9F}"#), // C1: CSI, NEL, both ends
            // embeddings, overrides
            ("\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}", #"\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}"#),
            (
                "\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{61C}",
                #"\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{61C}"#
            ),
            // zero width, word joiner, BOM, soft hyphen
            ("a\u{200B}b\u{2060}c\u{FEFF}\u{AD}", #"a\u{200B}b\u{2060}c\u{FEFF}\u{AD}"#),
            ("x\u{2028}y\u{2029}z", #"x\u{2028}y\u{2029}z"#), // line and paragraph separators
            ("\u{378}\u{E0001}\u{FFFE}", #"\u{378}\u{E0001}\u{FFFE}"#), // unassigned, language tag, noncharacter
            ("\u{0}", #"\u{00}"#),
        ]
        for (raw, shown) in cases {
            XCTAssertEqual(TerminalText.escaped(raw), shown)
        }
    }

    func testPrintableTextOfAnyScriptIsKept() {
        let names = [
            "Priya Raman", "山田 太郎", "Zoe\u{0308} Adams", "مريم الحسيني", "Sam 🚀 Rivera", "Huddle 3 (東京)",
            "👨\u{200D}👩\u{200D}👧 family", "🏳\u{FE0F}\u{200D}🌈",
            "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
            "DOMAIN\\user", "₩ € £ ¥ © ™ ½",
        ]
        for name in names {
            XCTAssertEqual(TerminalText.escaped(name), name)
        }
        // A joiner or tag outside an emoji sequence is only a hiding place.
        XCTAssertEqual(TerminalText.escaped("Bob\u{200D}by"), #"Bob\u{200D}by"#)
        XCTAssertEqual(TerminalText.escaped("🚀\u{200D}"), #"🚀\u{200D}"#)
        XCTAssertEqual(TerminalText.escaped("🚀\u{E0041}\u{E0042}"), #"🚀\u{E0041}\u{E0042}"#)
    }

    func testLineFeedsStayOnlyInWholeMessages() {
        let message = "line one\nline two\u{1B}[2J\r\u{2028}"
        XCTAssertEqual(
            TerminalText.escapedKeepingLineFeeds(message), #"line one"# + "\n" + #"line two\u{1B}[2J\u{0D}\u{2028}"#)
        XCTAssertEqual(TerminalText.escaped(message), #"line one\u{0A}line two\u{1B}[2J\u{0D}\u{2028}"#)
    }

    func testNothingTheTableCallsAControlSurvivesEscaping() {
        var survivors: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), TerminalScalarClass(scalar) == .control else { continue }
            let escaped = TerminalText.escaped("a" + String(scalar) + "b")
            if escaped.unicodeScalars.contains(where: { TerminalScalarClass($0) == .control }) {
                survivors.append(value)
            }
        }
        XCTAssertEqual(survivors, [])
    }

    func testJSONKeepsItsValuesAndLosesItsControls() throws {
        let hostile = "Mallory\u{1B}]0;x\u{07}\u{9B}2J\u{202E}\u{2028}\u{7F}\u{200B} 山田 🚀"
        let encoded = String(decoding: try JSONEncoder().encode(["name": hostile]), as: UTF8.self)
        let safe = TerminalText.jsonEscapingControls(encoded)
        XCTAssertEqual(safe, #"{"name":"Mallory\u001b]0;x\u0007\u009b2J\u202e\u2028\u007f\u200b 山田 🚀"}"#)
        XCTAssertEqual(try JSONDecoder().decode([String: String].self, from: Data(safe.utf8)), ["name": hostile])
        // Beyond the BMP, as a surrogate pair.
        XCTAssertEqual(TerminalText.jsonEscapingControls("\"\u{E0001}\""), #""\udb40\udc01""#)
    }

    func testTheDisplayWidthTableIsTheSame() {
        XCTAssertEqual(TerminalScalarClass("\u{202E}"), .control)
        XCTAssertEqual(TerminalScalarClass("\u{9B}"), .control)
        XCTAssertEqual(TerminalScalarClass("\u{0301}"), .combining)
        XCTAssertEqual(TerminalScalarClass("山"), .wide)
        XCTAssertEqual(TerminalScalarClass("a"), .narrow)
        XCTAssertEqual(TerminalScalarClass("\u{E000}"), .narrow, "private use is drawn, as the terminal's font decides")
    }
}
