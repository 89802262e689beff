import XCTest

@testable import MeetingConsole

final class DisplayWidthTests: XCTestCase {
    func testWidthsOfScripts() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("会議室"), 6, "CJK is two cells each")
        XCTAssertEqual(DisplayWidth.of("한국어"), 6, "Hangul syllables are wide")
        XCTAssertEqual(DisplayWidth.of("ｆｕｌｌ"), 8, "fullwidth forms")
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining accent adds nothing")
        XCTAssertEqual(DisplayWidth.of("Zoë"), 3)
        XCTAssertEqual(DisplayWidth.of("👍"), 2, "emoji presentation")
        XCTAssertEqual(DisplayWidth.of("👩‍💻"), 2, "a ZWJ sequence is one wide cluster")
        XCTAssertEqual(DisplayWidth.of("☎\u{FE0F}"), 2, "VS16 asks for emoji presentation")
        XCTAssertEqual(DisplayWidth.of("☎"), 1, "text presentation")
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2, "zero width space")
        XCTAssertEqual(DisplayWidth.of("\u{7}"), 0, "control characters take no cell")
    }

    func testTruncationNeverSplitsACharacter() {
        XCTAssertEqual(DisplayWidth.truncate("会議室の予約", to: 7), "会議室…")
        XCTAssertEqual(
            DisplayWidth.truncate("会議室の予約", to: 8), "会議室…", "a wide character that would straddle is dropped")
        XCTAssertEqual(DisplayWidth.truncate("Zoe\u{308} Example", to: 5), "Zoë …")
        XCTAssertEqual(DisplayWidth.truncate("short", to: 5), "short")
        XCTAssertEqual(DisplayWidth.truncate("longer", to: 5, ellipsis: "~"), "long~")
        XCTAssertEqual(DisplayWidth.truncate("anything", to: 0), "")
    }

    func testPadding() {
        XCTAssertEqual(DisplayWidth.pad("会議", to: 6), "会議  ")
        XCTAssertEqual(DisplayWidth.padLeft("12", to: 4), "  12")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.pad("会議室の予約", to: 8)), 8)
    }
}
