import TOML
import XCTest

/// Each kind of invalid document is an error with its line, column and a message that names the problem.
final class TOMLInvalidDocumentTests: XCTestCase {
    /// Asserts that `text` fails at `line`:`column` with a message containing `message`.
    private func assertError(
        _ text: String, _ line: Int, _ column: Int, _ message: String,
        file: StaticString = #filePath, sourceLine: UInt = #line
    ) {
        do {
            let table = try TOMLParser.parse(text)
            XCTFail("\(text.debugDescription) parsed as \(table)", file: file, line: sourceLine)
        } catch {
            XCTAssertEqual(error.line, line, "\(text.debugDescription): \(error)", file: file, line: sourceLine)
            XCTAssertEqual(error.column, column, "\(text.debugDescription): \(error)", file: file, line: sourceLine)
            XCTAssertTrue(
                error.message.contains(message), "\(text.debugDescription): \(error)", file: file, line: sourceLine)
        }
    }

    func testKeysAndKeyValuePairs() {
        assertError("= 1", 1, 1, "expected a key, a [table] header or a comment, found '='")
        assertError("a = 1\nb 1", 2, 3, "expected '=' after the key b, found '1'")
        assertError("a =\n", 1, 4, "a value is missing")
        assertError("a = yes", 1, 5, "text values need quotes")
        assertError("a = 1 2", 1, 7, "expected the end of the line after the value, found '2'")
        assertError("a.=1", 1, 3, "expected a key after '.'")
        assertError("\"\"\"a\"\"\" = 1", 1, 1, "a multi-line string cannot be a key")
        assertError("é = 1", 1, 1, "found U+00E9 'é'")
    }

    func testStrings() {
        assertError("a = \"open", 1, 5, "the string has no closing \"")
        assertError("a = \"two\nlines\"", 1, 5, "on its line")
        assertError("a = '''open", 1, 5, "the multi-line string has no closing '''")
        assertError("a = \"\\x\"", 1, 6, "unknown escape sequence \\x")
        assertError("a = \"\\u12\"", 1, 6, "exactly 4 hexadecimal digits")
        assertError("a = \"\\uD800\"", 1, 6, "U+D800 is not a Unicode scalar value")
        assertError("a = \"\\U00110000\"", 1, 6, "U+110000 is not a Unicode scalar value")
        assertError("a = \"\"\"x\\  y\"\"\"", 1, 9, "a backslash followed by spaces must end the line")
        assertError("a = \"\"\"x\"\"\"\"\"\"", 1, 9, "too many quotes (6)")
    }

    func testControlCharactersAndLineEnds() {
        assertError("a = \"x\u{01}\"", 1, 7, "control character U+0001 is not allowed in a string")
        assertError("a = 'x\u{7F}'", 1, 7, "control character U+007F")
        assertError("# é \u{00}", 1, 5, "control character U+0000 is not allowed in a comment")
        assertError("a = 1\rb = 2", 1, 6, "a carriage return (U+000D) must be followed by a line feed")
        assertError("a = 1\n\r\n\r", 3, 1, "a carriage return (U+000D) must be followed by a line feed")
        assertError("a = \"\"\"x\ry\"\"\"", 1, 9, "a carriage return (U+000D) without a line feed is not allowed")
    }

    func testNumbers() {
        assertError("a = 01", 1, 5, "leading zeros are not allowed")
        assertError("a = 1__0", 1, 5, "'_' only between digits")
        assertError("a = 1_", 1, 5, "'_' only between digits")
        assertError("a = 0x", 1, 5, "expected hexadecimal digits")
        assertError("a = 0o8", 1, 5, "expected octal digits")
        assertError("a = 0b102", 1, 5, "expected binary digits")
        assertError("a = +0x1", 1, 5, "not a valid number")
        assertError("a = 1.", 1, 5, "expected digits after the decimal point")
        assertError("a = 1e", 1, 5, "expected digits in the exponent")
        assertError("a = .5", 1, 5, "a value is missing")
        assertError("a = infinity", 1, 5, "not a valid number")
    }

    func testDateTimes() {
        assertError("a = 1979-02-29", 1, 5, "day 29 does not exist")
        assertError("a = 1979-13-01", 1, 5, "month 13 does not exist")
        assertError("a = 24:00:00", 1, 5, "hours go up to 23")
        assertError("a = 07:32", 1, 5, "seconds are required")
        assertError("a = 1979-05-27T07:32:00+25:00", 1, 5, "expected an offset")
        assertError("a = 07:32:00Z", 1, 5, "unexpected text after the time")
        XCTAssertNoThrow(try TOMLParser.parse("a = 2000-02-29"), "a leap year")
    }

    func testArraysAndInlineTables() {
        assertError("a = [1,,2]", 1, 8, "a value is missing")
        assertError("a = [1 2]", 1, 8, "expected ',' or ']' after an array element, found '2'")
        assertError("a = [1,\n2", 2, 2, "the array opened on line 1 has no closing ']'")
        assertError("a = {b = 1,}", 1, 12, "an inline table cannot end with a comma")
        assertError("a = {b = 1\n}", 1, 11, "must stay on one line")
        assertError("a = {b = 1, b = 2}", 1, 13, "the key b is already defined on line 1")
        assertError("a = {b = {}, b.c = 1}", 1, 14, "'b': it is an inline table")
    }

    func testHeaders() {
        assertError("[=]", 1, 2, "a table header must start with a key, found '='")
        assertError("[a", 1, 3, "expected ']' to close the header [a]")
        assertError("[[a]\n", 1, 4, "expected ']]' to close the header [[a]]")
        assertError("[a] b = 1", 1, 5, "expected the end of the line after the table header")
    }

    func testRedefinitions() {
        assertError("a = 1\na = 2", 2, 1, "the key a is already defined on line 1")
        assertError("[a]\nb = 1\n\n[a]", 4, 1, "the table [a] is already defined on line 1")
        assertError("[a]\nb.c = 1\n[a.b]", 3, 1, "the table [a.b] is already defined by dotted keys on line 2")
        assertError("a.b = 1\n[a]", 2, 1, "the table [a] is already defined by dotted keys on line 1")
        assertError("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", 4, 1, "it is a table defined by a header on line 1")
        assertError("[a]\nb.c = 1\n[x]\n[a.b]", 4, 1, "already defined by dotted keys")
        assertError("a = {}\n[a]", 2, 1, "'a' is already an inline table defined on line 1")
        assertError("a = {b = 1}\n[a.c]", 2, 1, "'a' is an inline table defined on line 1, which cannot be extended")
        assertError("a = {b = 1}\na.c = 2", 2, 1, "'a': it is an inline table")
        assertError("a = [1]\n[[a]]", 2, 1, "it is an array defined on line 1, which cannot be extended")
        assertError("[[a]]\n[a]", 2, 1, "[a] is already an array of tables")
        assertError("[a]\n[[a]]", 2, 1, "it is a table defined on line 1, not an array of tables")
        assertError("[[a]]\nb.c = 1\n[[a]]\nb = 2\nb.d = 3", 5, 1, "'b': it is an integer")
    }

    func testValidRedefinitionLookalikes() throws {
        let table = try TOMLParser.parse(
            """
            [a.b.c]
            [a]
            x = 1
            [a.b.d]
            [[t]]
            [t.u]
            [[t]]
            [t.u]
            """)
        XCTAssertEqual(table["a"]?.tableValue?["x"], .integer(1))
        XCTAssertEqual(table["t"]?.arrayValue?.count, 2)
    }
}
