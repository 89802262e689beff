import XCTest
@testable import MeetingKit

/// One percent-encoder for paths, queries and form bodies: unreserved ASCII stays, every other
/// UTF-8 byte is encoded, so non-ASCII letters never reach a URL raw.
final class PercentEncodingTests: XCTestCase {
    func testEncodesEverythingButUnreservedASCII() {
        XCTAssertEqual(PercentEncoding.encode("AZaz09-._~"), "AZaz09-._~")
        XCTAssertEqual(PercentEncoding.encode("a b/c?d=e&f+g%"), "a%20b%2Fc%3Fd%3De%26f%2Bg%25")
        XCTAssertEqual(PercentEncoding.encode("é٣"), "%C3%A9%D9%A3", "non-ASCII letters and digits are encoded byte by byte")
        XCTAssertEqual(PercentEncoding.encode("🎥"), "%F0%9F%8E%A5")
    }

    func testKeepsOnlyTheExtraCharactersAskedFor() {
        XCTAssertEqual(PercentEncoding.encode("ops@example.com"), "ops%40example.com")
        XCTAssertEqual(PercentEncoding.encode("ops@example.com", keeping: "@"), "ops@example.com")
    }

    func testFormJoinsEncodedPairs() {
        XCTAssertEqual(PercentEncoding.form([("grant_type", "refresh_token"), ("refresh_token", "a+b/c="), ("ä", "")]),
                       "grant_type=refresh_token&refresh_token=a%2Bb%2Fc%3D&%C3%A4=")
    }

    func testDoubleEncodedUUIDPathSegment() {
        XCTAssertEqual(MeetingReference.uuid("/ajXp112QmuoKj4854875==").pathSegment, "%252FajXp112QmuoKj4854875%253D%253D")
        XCTAssertEqual(MeetingReference.uuid("4444AAAiAAAAAiAiAiiAii==").pathSegment, "4444AAAiAAAAAiAiAiiAii%3D%3D")
    }
}
