import PlainText
import XCTest

/// The String helpers that stand in for Foundation's: trimming, case-insensitive comparison in
/// every script, and zero-padded numbers.
final class StringHelperTests: XCTestCase {
    func testTrimmingSpacesRemovesAnyUnicodeSpaceButKeepsLineBreaks() {
        XCTAssertEqual(" \t Boardroom 2 \u{00A0}".trimmingSpaces(), "Boardroom 2")
        XCTAssertEqual("\u{2003}Salle Été\u{3000}".trimmingSpaces(), "Salle Été")
        XCTAssertEqual("\nLab\n ".trimmingSpaces(), "\nLab\n")
        XCTAssertEqual(" \u{00A0}\t".trimmingSpaces(), "")
    }

    func testTrimmingWhitespaceAlsoRemovesLineBreaks() {
        XCTAssertEqual("\r\n\u{00A0}Лаборатория\u{2028}\n".trimmingWhitespace(), "Лаборатория")
        XCTAssertEqual("  inner  space  ".trimmingWhitespace(), "inner  space")
        XCTAssertEqual("\n\t \u{00A0}".trimmingWhitespace(), "")
        XCTAssertEqual("".trimmingWhitespace(), "")
    }

    func testEqualsIgnoringCaseInEveryScript() {
        XCTAssertTrue("ÉCOLE".equalsIgnoringCase("école"))
        XCTAssertTrue("Переговорная".equalsIgnoringCase("ПЕРЕГОВОРНАЯ"))
        XCTAssertTrue("ΑΙΘΟΥΣΑ".equalsIgnoringCase("αιθουσα"))
        XCTAssertTrue("Boardroom".equalsIgnoringCase("BOARDROOM"))
        XCTAssertFalse("école".equalsIgnoringCase("ecole"))
        XCTAssertFalse("Boardroom".equalsIgnoringCase("Boardroom 2"))
        // Only simple case mapping is compared: ß is not SS.
        XCTAssertFalse("Straße".equalsIgnoringCase("STRASSE"))
    }

    func testContainsIgnoringCaseInEveryScript() {
        XCTAssertTrue("Salle de RÉUNION".containsIgnoringCase("réunion"))
        XCTAssertTrue("Иван Петров".containsIgnoringCase("ПЕТР"))
        XCTAssertTrue("Κωνσταντίνος".containsIgnoringCase("ΚΩΝ"))
        XCTAssertTrue("anything".containsIgnoringCase(""))
        XCTAssertFalse("Salle de réunion".containsIgnoringCase("reunion"))
        XCTAssertFalse("Иван".containsIgnoringCase("Петр"))
    }

    func testZeroPaddingAsPrintfWroteIt() {
        XCTAssertEqual(String(zeroPadding: 7, width: 2), "07")
        XCTAssertEqual(String(zeroPadding: 0, width: 2), "00")
        XCTAssertEqual(String(zeroPadding: 123, width: 2), "123")
        XCTAssertEqual(String(zeroPadding: -5, width: 3), "-005")
        XCTAssertEqual(String(zeroPadding: 0x1F, width: 2, radix: 16), "1F")
        XCTAssertEqual(String(zeroPadding: 0x0A, width: 2, radix: 16), "0A")
    }
}
