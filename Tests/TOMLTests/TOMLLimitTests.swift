import Foundation
import TOML
import XCTest

/// Inputs meant to break a parser: deep nesting, integer overflow, and the config-file inputs
/// that crashed the previous parser (toml++) under fuzzing.
final class TOMLLimitTests: XCTestCase {
    private func error(_ text: String) -> TOMLParseError? {
        do {
            _ = try TOMLParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    func testNestingUpToTheLimitIsAcceptedAndBeyondItIsAnError() throws {
        let depth = TOMLParser.maximumDepth
        let arrays = try TOMLParser.parse(
            "a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        var value = arrays["a"]
        var levels = 0
        while let elements = value?.arrayValue {
            levels += 1
            value = elements.first
        }
        XCTAssertEqual(levels, depth)

        for text in [
            "a = " + String(repeating: "[", count: 100_000),
            "a = " + String(repeating: "{b=", count: 100_000),
            "a = " + String(repeating: "[{b=", count: 50_000),
            String(repeating: "a.", count: 100_000) + "b = 1",
            "[" + String(repeating: "a.", count: 100_000) + "b]",
            "[a]\n" + "b = " + String(repeating: "[", count: depth),
        ] {
            let found = try XCTUnwrap(error(text), String(text.prefix(20)))
            XCTAssertEqual(found.line, text.hasPrefix("[a]") ? 2 : 1)
            XCTAssertTrue(found.message.contains("nested more than 100 levels deep"), "\(found)")
        }
    }

    func testIntegersThatDoNotFitIn64BitsAreErrors() throws {
        XCTAssertEqual(try TOMLParser.parse("a = 9223372036854775807")["a"], .integer(.max))
        XCTAssertEqual(try TOMLParser.parse("a = -9223372036854775808")["a"], .integer(.min))
        XCTAssertEqual(try TOMLParser.parse("a = 0x7fffffffffffffff")["a"], .integer(.max))
        for text in [
            "a = 9223372036854775808", "a = -9223372036854775809", "a = 0x8000000000000000",
            "a = 0o1000000000000000000000", "a = 0b" + String(repeating: "1", count: 64),
            "a = 1" + String(repeating: "0", count: 1000),
        ] {
            let found = try XCTUnwrap(error(text), text)
            XCTAssertEqual(found.column, 5)
            XCTAssertTrue(found.message.contains("does not fit in 64 bits"), "\(found)")
        }
    }

    /// The inputs in `Fuzz/regressions/config-file/`, which ended the process inside toml++.
    func testConfigFileFuzzRegressionsAreErrors() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions/config-file")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        XCTAssertEqual(names.count, 5)
        for name in names {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let found = try XCTUnwrap(error(String(decoding: data, as: UTF8.self)), name)
            XCTAssertTrue(
                found.message.contains("a value is missing")
                    || found.message.contains("a table header must start with a key"),
                "\(name): \(found)")
        }
    }
}
