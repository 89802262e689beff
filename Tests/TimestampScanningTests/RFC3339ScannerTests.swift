import TimestampScanning
import XCTest

/// The RFC 3339 pieces the TOML parser and Zoom's timestamps share: each accepted spelling, each
/// field out of range with its reason, and the one rule the callers choose (the offset's colon).
final class RFC3339ScannerTests: XCTestCase {
    func testReadsADateTimeWithFractionAndOffsetPieceByPiece() throws {
        var scanner = TimestampScanner("2024-02-29t23:59:58.123456789123-09:30")
        let date = try scanner.fullDate()
        XCTAssertEqual([date.year, date.month, date.day], [2024, 2, 29])
        XCTAssertTrue(scanner.skipDateTimeSeparator())
        let time = try scanner.partialTime()
        XCTAssertEqual(
            [time.hour, time.minute, time.second, time.nanosecond], [23, 59, 58, 123_456_789],
            "digits beyond the ninth are dropped")
        XCTAssertEqual(try scanner.timeOffset(colon: .required), -(9 * 60 + 30))
        XCTAssertTrue(scanner.isAtEnd)
    }

    func testSeparatorIsTInEitherCaseOrASpace() {
        for separator in ["T", "t", " "] {
            var scanner = TimestampScanner(separator)
            XCTAssertTrue(scanner.skipDateTimeSeparator(), separator)
        }
        var scanner = TimestampScanner("_")
        XCTAssertFalse(scanner.skipDateTimeSeparator())
    }

    func testFractionDigitsAreScaledToNanoseconds() throws {
        var scanner = TimestampScanner("07:32:00.25")
        XCTAssertEqual(try scanner.partialTime().nanosecond, 250_000_000)
    }

    func testOffsetIsZInEitherCaseOrSignedHoursAndMinutes() throws {
        for (text, minutes) in [("Z", 0), ("z", 0), ("+09:00", 540), ("-00:30", -30)] {
            var scanner = TimestampScanner(text)
            XCTAssertEqual(try scanner.timeOffset(colon: .required), minutes, text)
        }
        var none = TimestampScanner("")
        XCTAssertNil(try none.timeOffset(colon: .required), "no offset is not an error: the caller decides")
    }

    func testOffsetColonIsTheCallersRule() throws {
        var required = TimestampScanner("+0900")
        XCTAssertThrowsError(try required.timeOffset(colon: .required)) {
            XCTAssertEqual($0 as? RFC3339Error, .malformedOffset)
        }
        var optional = TimestampScanner("+0900")
        XCTAssertEqual(try optional.timeOffset(colon: .optional), 540)
    }

    func testEachWrongFieldGivesItsReason() {
        let dates: [(String, RFC3339Error)] = [
            ("2024-5-01", .malformed), ("２０２４-05-01", .malformed),
            ("2024-13-01", .noSuchMonth(13)), ("2024-00-01", .noSuchMonth(0)),
            ("2023-02-29", .noSuchDay(29)), ("2024-04-31", .noSuchDay(31)), ("2024-05-00", .noSuchDay(0)),
        ]
        for (text, reason) in dates {
            var scanner = TimestampScanner(text)
            XCTAssertThrowsError(try scanner.fullDate(), text) { XCTAssertEqual($0 as? RFC3339Error, reason, text) }
        }
        let times: [(String, RFC3339Error)] = [
            ("7:32:00", .malformed), ("07:32", .missingSeconds),
            ("24:00:00", .timeOutOfRange), ("10:60:00", .timeOutOfRange),
            ("10:00:60", .timeOutOfRange), ("10:00:00.", .missingFractionDigits),
        ]
        for (text, reason) in times {
            var scanner = TimestampScanner(text)
            XCTAssertThrowsError(try scanner.partialTime(), text) { XCTAssertEqual($0 as? RFC3339Error, reason, text) }
        }
        for text in ["+9:00", "+24:00", "-10:60", "+"] {
            var scanner = TimestampScanner(text)
            XCTAssertThrowsError(try scanner.timeOffset(colon: .optional), text) {
                XCTAssertEqual($0 as? RFC3339Error, .malformedOffset, text)
            }
        }
    }

    func testReasonsReadAsTheTOMLParserShowsThem() {
        XCTAssertEqual(RFC3339Error.noSuchDay(29).description, "day 29 does not exist in that month")
        XCTAssertEqual(RFC3339Error.missingSeconds.description, "seconds are required (HH:MM:SS)")
    }

    func testGregorianMonthLengths() {
        XCTAssertEqual(Gregorian.days(inMonth: 2, of: 2024), 29)
        XCTAssertEqual(Gregorian.days(inMonth: 2, of: 1900), 28, "a century is not a leap year")
        XCTAssertEqual(Gregorian.days(inMonth: 2, of: 2000), 29, "unless it divides by 400")
        XCTAssertEqual(Gregorian.days(inMonth: 4, of: 2023), 30)
        XCTAssertEqual(Gregorian.days(inMonth: 12, of: 2023), 31)
    }
}
