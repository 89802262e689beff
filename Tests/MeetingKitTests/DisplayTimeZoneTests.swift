import Foundation
import MeetingKit
import XCTest

/// Times of day as the console and the plain commands show them, without Foundation's calendar.
final class DisplayTimeZoneTests: XCTestCase {
    /// 2023-11-14 22:13:20.9 UTC.
    private let moment = Date(timeIntervalSince1970: 1_700_000_000.9)

    func testUTCClockDropsTheFraction() {
        XCTAssertEqual(DisplayTimeZone.utc.clock(moment), "22:13")
        XCTAssertEqual(DisplayTimeZone.utc.clock(moment, seconds: true), "22:13:20")
        XCTAssertEqual(
            DisplayTimeZone.utc.clock(Date(timeIntervalSince1970: 3_600 * 9 + 60 * 5 + 7), seconds: true), "09:05:07")
    }

    func testLocalClockFollowsTZ() {
        let previous = getenv("TZ").map { String(cString: $0) }
        defer {
            if let previous { setenv("TZ", previous, 1) } else { unsetenv("TZ") }
            tzset()
        }
        setenv("TZ", "<+0530>-5:30", 1)
        tzset()
        XCTAssertEqual(DisplayTimeZone.local.clock(moment, seconds: true), "03:43:20")
        setenv("TZ", "<-03>3", 1)
        tzset()
        XCTAssertEqual(DisplayTimeZone.local.clock(moment), "19:13")
    }
}
