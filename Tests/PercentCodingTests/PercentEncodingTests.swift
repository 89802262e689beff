import PercentCoding
import XCTest

/// One percent-encoder for paths, queries and form bodies, shared by the client and the simulator:
/// unreserved ASCII stays, every other UTF-8 byte is encoded, so non-ASCII letters never reach a URL raw.
final class PercentEncodingTests: XCTestCase {
    func testEncodesEverythingButUnreservedASCII() {
        XCTAssertEqual(PercentEncoding.encode("AZaz09-._~"), "AZaz09-._~")
        XCTAssertEqual(PercentEncoding.encode("a b/c?d=e&f+g%"), "a%20b%2Fc%3Fd%3De%26f%2Bg%25")
        XCTAssertEqual(PercentEncoding.encode("🎥"), "%F0%9F%8E%A5")
    }

    /// `CharacterSet.alphanumerics`, which two earlier encoders allowed, holds non-ASCII letters and
    /// digits too: they went into URLs raw.
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
        XCTAssertEqual(PercentEncoding.form([("grant_type", "refresh_token"), ("refresh_token", "a+b/c="), ("ä", "")]),
                       "grant_type=refresh_token&refresh_token=a%2Bb%2Fc%3D&%C3%A4=")
    }
}
