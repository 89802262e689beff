import Foundation
import MeetingKit
import XCTest

/// Zoom's timestamps and `Retry-After` dates, parsed by our own code: every accepted spelling,
/// fields out of range, calendar edges, and text that once crashed Foundation's parser.
final class ZoomDateTests: XCTestCase {
    private let mayFirst = Date(timeIntervalSince1970: 1_714_557_600)

    func testParsesZoomsSpellingsAndFormatsAsZoomWrites() {
        XCTAssertEqual(ZoomDate.parse("2024-05-01T10:00:00Z"), mayFirst)
        XCTAssertEqual(ZoomDate.parse("2024-05-01T10:00:00.250Z")?.timeIntervalSince1970, 1_714_557_600.25)
        XCTAssertEqual(ZoomDate.parse("2024-05-01T19:00:00+09:00"), mayFirst)
        XCTAssertEqual(ZoomDate.parse("2024-05-01T05:30:00-0430"), mayFirst)
        XCTAssertEqual(ZoomDate.parse("2024-05-01t10:00:00z"), mayFirst)
        XCTAssertEqual(ZoomDate.parse("2024-05-01 10:00:00Z"), mayFirst)
        XCTAssertEqual(ZoomDate.format(mayFirst), "2024-05-01T10:00:00Z")
        XCTAssertEqual(ZoomDate.day(mayFirst), "2024-05-01")
    }

    func testRefusesWhatIsNotADateTime() {
        for text in [
            "yesterday", "", "2024-05-01", "2024-05-01T10:00:00", "2024-05-01T10:00Z", "2024-5-01T10:00:00Z",
            "2024-05-01T10:00:00.Z", "2024-05-01T10:00:00Z ", "2024-05-01T10:00:00+9:00", "2024-05-01T10:00:00+24:00",
            "2024-13-01T10:00:00Z", "2023-02-29T10:00:00Z", "2024-04-31T10:00:00Z", "2024-05-01T24:00:00Z",
            "2024-05-01T10:60:00Z", "2024-05-01T10:00:60Z", "0000-01-01T00:00:00Z", "２０２４-05-01T10:00:00Z",
        ] {
            XCTAssertNil(ZoomDate.parse(text), text)
        }
    }

    func testCalendarEdgesRoundTrip() {
        let cases: [(String, TimeInterval)] = [
            ("1970-01-01T00:00:00Z", 0), ("1969-12-31T23:59:59Z", -1), ("2000-02-29T12:00:00Z", 951_825_600),
            ("2100-03-01T00:00:00Z", 4_107_542_400), ("1600-01-01T00:00:00Z", -11_676_096_000),
            ("9999-12-31T23:59:59Z", 253_402_300_799),
        ]
        for (text, seconds) in cases {
            XCTAssertEqual(ZoomDate.parse(text)?.timeIntervalSince1970, seconds, text)
            XCTAssertEqual(ZoomDate.format(Date(timeIntervalSince1970: seconds)), text)
        }
        // Every day of four years, including a leap day and a century, formats and parses back.
        for day in stride(from: 10_957.0, to: 10_957 + 1461, by: 1) {
            let date = Date(timeIntervalSince1970: day * 86_400 + 45_296)
            XCTAssertEqual(ZoomDate.parse(ZoomDate.format(date)), date)
        }
    }

    func testRetryAfterSecondsAndAllThreeHTTPDateForms() {
        let now = Date(timeIntervalSince1970: 784_111_770) // Sun, 06 Nov 1994 08:49:30 GMT
        XCTAssertEqual(RateLimitInfo.parseRetryAfter(" 7 ", now: now), 7)
        XCTAssertEqual(RateLimitInfo.parseRetryAfter("1.5", now: now), 1.5)
        XCTAssertEqual(RateLimitInfo.parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now: now), 7)
        XCTAssertEqual(RateLimitInfo.parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now: now), 7)
        XCTAssertEqual(RateLimitInfo.parseRetryAfter("Sun Nov  6 08:49:37 1994", now: now), 7)
        XCTAssertEqual(RateLimitInfo.parseRetryAfter("1994-11-06T08:49:40Z", now: now), 10)
        XCTAssertEqual(
            RateLimitInfo.parseRetryAfter("1994-11-06T08:49:40", now: now), 10, "a date-time without offset is UTC")
        XCTAssertEqual(
            RateLimitInfo.parseRetryAfter("Sun, 06 Nov 1994 08:49:00 GMT", now: now), 0, "a past date means now")
    }

    /// A `Retry-After` of 96 digits (found by fuzzing `zoom-responses`) overflowed the conversion to
    /// whole seconds in the rate-limit message; waits are now kept within a year.
    func testAbsurdRetryAfterIsReadAsTheLongestWait() {
        let longest = RateLimitInfo.longestRetryAfter
        XCTAssertEqual(RateLimitInfo.parseRetryAfter(String(repeating: "6", count: 96), now: Date()), longest)
        XCTAssertEqual(RateLimitInfo.parseRetryAfter("9999-12-31T23:59:59Z", now: Date()), longest)
        XCTAssertEqual(RateLimitInfo(retryAfter: .infinity).retryAfter, longest)
        XCTAssertEqual(RateLimitInfo(retryAfter: .nan).retryAfter, 0)
        XCTAssertEqual(RateLimitInfo(retryAfter: -3).retryAfter, 0)
        XCTAssertEqual(RateLimitInfo(retryAfter: 1e300).description, "retry after 31536000 s")
    }

    func testRetryAfterRefusesOtherText() {
        let now = Date()
        for text in [
            "", "soon", "-5", "nan", "inf", "1e9", "0x10", "Sun, 31 Feb 2026 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 PST",
            "Sun, 06 Nov 1994 08:49:37", "Sun Nov 6 08:49:37 1994", "Sun, 6 Nov 1994 08:49:37 GMT",
        ] {
            XCTAssertNil(RateLimitInfo.parseRetryAfter(text, now: now), text)
        }
    }

    /// Foundation's date parser crashed on a combining mark after a letter (found by fuzzing the
    /// `addresses` target); neither parser hands text to Foundation now.
    func testNonASCIITextIsNotADate() {
        let combining = "s\u{05A2}\u{FFFD}\u{FFFD}0@"
        XCTAssertNil(RateLimitInfo.parseRetryAfter(combining, now: Date()))
        XCTAssertNil(ZoomDate.parse(combining))
        XCTAssertNil(ZoomDate.parse("2026-11-29T18:00:00Z\u{0301}"))
    }
}
