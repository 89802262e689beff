import XCTest

@testable import MeetingConsole

/// The window of a list both list views draw: from the cursor's top row, as many rows as fit.
final class VisibleRowTests: XCTestCase {
    func testWindowStartsAtTheTopRowAndMarksTheCursor() {
        var cursor = ListCursor()
        cursor.move(by: 7, count: 10, visibleRows: 4)
        let rows = cursor.visibleRows(of: Array(0..<10), fitting: 4)
        XCTAssertEqual(rows.map(\.element), [4, 5, 6, 7])
        XCTAssertEqual(rows.map(\.offset), [0, 1, 2, 3])
        XCTAssertEqual(rows.filter(\.isSelected).map(\.element), [7])
    }

    func testShortListAndStaleTopRow() {
        var cursor = ListCursor()
        XCTAssertEqual(cursor.visibleRows(of: [1, 2], fitting: 5).map(\.element), [1, 2])
        cursor.top = 8
        XCTAssertTrue(
            cursor.visibleRows(of: [1, 2], fitting: 5).isEmpty, "a list that shrank under the top row draws nothing")
        XCTAssertTrue(ListCursor().visibleRows(of: [1, 2], fitting: 0).isEmpty)
    }
}
