import Foundation
import MeetingKit
import XCTest

/// Zoom's timestamps: with and without fractional seconds, other offsets, and back again.
final class ZoomDateTests: XCTestCase {
    func testParsesZoomsSpellingsAndFormatsAsZoomWrites() {
        let date = Date(timeIntervalSince1970: 1_714_557_600)
        XCTAssertEqual(ZoomDate.parse("2024-05-01T10:00:00Z"), date)
        XCTAssertEqual(ZoomDate.parse("2024-05-01T10:00:00.250Z")?.timeIntervalSince1970, 1_714_557_600.25)
        XCTAssertEqual(ZoomDate.parse("2024-05-01T19:00:00+09:00"), date)
        XCTAssertNil(ZoomDate.parse("yesterday"))
        XCTAssertEqual(ZoomDate.format(date), "2024-05-01T10:00:00Z")
    }
}
