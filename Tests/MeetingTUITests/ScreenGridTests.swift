import XCTest

@testable import MeetingConsole

final class ScreenGridTests: XCTestCase {
    func testWideCharactersTakeTwoCellsAndClipWhole() {
        var grid = ScreenGrid(rows: 1, columns: 5)
        XCTAssertEqual(grid.put("a会議", row: 0, column: 0, role: .normal), 5)
        XCTAssertEqual(grid.line(0), "a会議")
        XCTAssertTrue(grid[0, 2].isContinuation)

        var narrow = ScreenGrid(rows: 1, columns: 4)
        narrow.put("a会議", row: 0, column: 0, role: .normal)
        XCTAssertEqual(narrow.line(0), "a会", "a wide character that does not fit is left out, not split")
    }

    func testOverwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var grid = ScreenGrid(rows: 1, columns: 4)
        grid.put("会議", row: 0, column: 0, role: .normal)
        grid.put("x", row: 0, column: 1, role: .normal)
        XCTAssertEqual(grid.line(0), " x議")
        grid.put("y", row: 0, column: 2, role: .normal)
        XCTAssertEqual(grid.line(0), " xy")
    }

    func testCombiningMarksStayWithTheirBase() {
        var grid = ScreenGrid(rows: 1, columns: 3)
        grid.put("e\u{301}x", row: 0, column: 0, role: .title)
        XCTAssertEqual(grid[0, 0].text, "e\u{301}")
        XCTAssertEqual(grid[0, 1].text, "x")
        XCTAssertEqual(grid.roles(0), [.title, .title, .normal])
    }
}

final class ScreenGridASCIITests: XCTestCase {
    func testNonASCIIBecomesQuestionMarksKeepingWidths() {
        var grid = ScreenGrid(rows: 1, columns: 12)
        grid.put("花子 Zoë ok", row: 0, column: 0, role: .normal)
        grid.replaceNonASCII()
        XCTAssertEqual(grid.line(0), "???? Zo? ok")
    }
}

final class ScreenGridRepaintTests: XCTestCase {
    func testOnlyChangedCellsAreRepainted() {
        var old = ScreenGrid(rows: 2, columns: 6)
        old.put("abc", row: 0, column: 0, role: .normal)
        var new = old
        XCTAssertTrue(new.positionsToPaint(since: old).isEmpty, "an unchanged screen writes nothing")
        new.put("x", row: 1, column: 4, role: .normal)
        new.fill(row: 0, from: 1, to: 2, role: .selected)
        XCTAssertEqual(new.positionsToPaint(since: old).map { [$0.row, $0.column] }, [[0, 1], [1, 4]])
        XCTAssertEqual(new.positionsToPaint(since: nil).count, 12, "without a previous screen everything is painted")
    }

    func testWideCharactersArePaintedFromTheirLeftHalf() {
        var old = ScreenGrid(rows: 1, columns: 4)
        old.put("会", row: 0, column: 0, role: .normal)
        var new = old
        new.put("ab", row: 0, column: 0, role: .normal)
        XCTAssertEqual(new.positionsToPaint(since: old).map(\.column), [0, 1])
        XCTAssertEqual(old.positionsToPaint(since: new).map(\.column), [0], "the wide character covers its right half")
    }
}
