import PlainText
import XCTest

/// One percent-encoder for paths, queries and form bodies (the client's and the simulator's):
/// unreserved ASCII stays, every other UTF-8 byte is encoded, so non-ASCII letters never reach a URL raw.
final class PercentEncodingTests: XCTestCase {
    func testEncodesEverythingButUnreservedASCII() {
        XCTAssertEqual(PercentEncoding.encode("AZaz09-._~"), "AZaz09-._~")
        XCTAssertEqual(PercentEncoding.encode("a b/c?d=e&f+g%"), "a%20b%2Fc%3Fd%3De%26f%2Bg%25")
        XCTAssertEqual(
            PercentEncoding.encode("é٣"), "%C3%A9%D9%A3", "non-ASCII letters and digits are encoded byte by byte")
        XCTAssertEqual(PercentEncoding.encode("🎥"), "%F0%9F%8E%A5")
    }

    func testNonASCIILettersAndDigitsAreEncodedAsTheirUTF8Bytes() {
        XCTAssertEqual(PercentEncoding.encode("é"), "%C3%A9")
        XCTAssertEqual(PercentEncoding.encode("名"), "%E5%90%8D")
        XCTAssertEqual(PercentEncoding.encode("٣"), "%D9%A3")
        XCTAssertEqual(PercentEncoding.encode("Ｚ"), "%EF%BC%BA", "a full-width letter is not an ASCII one")
    }

    func testKeepsOnlyTheExtraCharactersAskedFor() {
        XCTAssertEqual(PercentEncoding.encode("ops@example.com"), "ops%40example.com")
        XCTAssertEqual(PercentEncoding.encode("ops@example.com", keeping: "@"), "ops@example.com")
    }

    func testFormJoinsEncodedPairs() {
        XCTAssertEqual(
            PercentEncoding.form([("grant_type", "refresh_token"), ("refresh_token", "a+b/c="), ("ä", "")]),
            "grant_type=refresh_token&refresh_token=a%2Bb%2Fc%3D&%C3%A4=")
    }

    func testDecodesEveryEscapeAndRefusesBrokenOnes() {
        XCTAssertEqual(PercentEncoding.decode("a%20b%2Fc%3f"), "a b/c?", "hex digits in either case")
        XCTAssertEqual(PercentEncoding.decode("%C3%A9%E5%90%8D"), "é名")
        XCTAssertEqual(PercentEncoding.decode("%252F"), "%2F", "one layer at a time")
        XCTAssertEqual(PercentEncoding.decode("plain"), "plain")
        XCTAssertNil(PercentEncoding.decode("50%"), "a % without two digits")
        XCTAssertNil(PercentEncoding.decode("%G1"))
        XCTAssertNil(PercentEncoding.decode("%C3"), "bytes that are not UTF-8")
    }

    func testDecodingUndoesEncoding() {
        for text in ["", "sip:boardroom@rooms.example.com", "Zoë's 会议 🎥", "a+b/c=%"] {
            XCTAssertEqual(PercentEncoding.decode(PercentEncoding.encode(text)), text)
        }
    }
}
