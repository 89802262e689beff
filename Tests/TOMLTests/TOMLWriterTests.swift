import TOML
import XCTest

/// `TOMLWriter` output parses back to the same values.
final class TOMLWriterTests: XCTestCase {
    private func roundTrip(_ table: TOMLTable, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let text = TOMLWriter.write(table)
        let parsed: TOMLTable
        do {
            parsed = try TOMLParser.parse(text)
        } catch {
            XCTFail("\(error) in:\n\(text)", file: file, line: line)
            return text
        }
        XCTAssertEqual(parsed, table, text, file: file, line: line)
        return text
    }

    private func table(_ pairs: KeyValuePairs<String, TOMLValue>) -> TOMLTable {
        var table = TOMLTable()
        for (key, value) in pairs { table[key] = value }
        return table
    }

    func testScalarsAndKeysThatNeedQuoting() throws {
        let dateTime = try XCTUnwrap(try TOMLParser.parse("d = 1979-05-27 00:32:00.5-07:00")["d"])
        let original = table([
            "plain": .string("text"),
            "escapes": .string("quote \" backslash \\ tab \t newline \n cr \r bell \u{07} del \u{7F} é \u{1F600}"),
            "with space": .integer(-9_223_372_036_854_775_808),
            "": .boolean(true),
            "dotted.key": .float(0.1),
            "ünïcode": .float(-0.0),
            "big": .float(1e300),
            "tiny": .float(.leastNonzeroMagnitude),
            "infinite": .float(-.infinity),
            "when": dateTime,
            "mixed": .array([
                .integer(1), .string("two"), .array([]), .table(table(["x": .integer(3)])), .table(TOMLTable()),
            ]),
        ])
        let text = try roundTrip(original)
        XCTAssertTrue(text.contains("\"with space\" = -9223372036854775808\n"), text)
        XCTAssertTrue(text.contains("\"\" = true\n"), text)
        XCTAssertTrue(text.contains("\"dotted.key\" = 0.1\n"), text)
        XCTAssertTrue(text.contains(#"bell \u0007 del \u007F é 😀""#), text)
        XCTAssertTrue(text.contains("when = 1979-05-27 00:32:00.5-07:00\n"), text)
        XCTAssertTrue(text.contains("mixed = [1, \"two\", [], { x = 3 }, {}]\n"), text)
    }

    func testNaNIsWrittenAsNan() throws {
        let text = TOMLWriter.write(table(["n": .float(.nan)]))
        XCTAssertEqual(text, "n = nan\n")
        XCTAssertEqual(try TOMLParser.parse(text)["n"]?.floatValue?.isNaN, true)
    }

    func testTablesAndArraysOfTablesGetHeaders() throws {
        let room = { (name: String) in TOMLValue.table(self.table(["name": .string(name), "key": .integer(1)])) }
        let original = table([
            "title": .string("x"),
            "rooms": .array([room("A"), room("B \"quoted\"")]),
            "a b": .table(table(["c": .table(table(["d": .integer(1)])), "e": .table(TOMLTable())])),
            "nested": .array([
                .table(table(["inner": .array([room("C")]), "sub": .table(table(["z": .boolean(false)]))]))
            ]),
        ])
        let text = try roundTrip(original)
        XCTAssertEqual(
            text,
            """
            title = "x"

            [[rooms]]
            name = "A"
            key = 1

            [[rooms]]
            name = "B \\"quoted\\""
            key = 1

            ["a b"]

            ["a b".c]
            d = 1

            ["a b".e]

            [[nested]]

            [[nested.inner]]
            name = "C"
            key = 1

            [nested.sub]
            z = false

            """)
    }

    func testParsedDocumentsRoundTrip() throws {
        let parsed = try TOMLParser.parse(
            """
            # comments are not kept
            a.b.c = 1
            s = '''
            multi "line" \\ text
            '''
            [x."y z"]
            t = 07:32:00.999999999
            [[x.list]]
            [[x.list]]
            q = [ { r = [ { s = 1 } ] } ]
            """)
        _ = try roundTrip(parsed)
    }

    func testEmptyTableIsAnEmptyDocument() {
        XCTAssertEqual(TOMLWriter.write(TOMLTable()), "")
    }
}
