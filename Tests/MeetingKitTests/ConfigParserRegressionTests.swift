import Foundation
import MeetingKit
import XCTest

/// Config files that crashed the TOML parser under fuzzing are reported as problems instead.
final class ConfigParserRegressionTests: XCTestCase {
    private func problems(_ text: String) -> [ConfigurationProblem] {
        do {
            _ = try AppConfiguration.parse(text, path: "config.toml")
            return []
        } catch {
            guard case .invalid(_, let problems) = error else {
                XCTFail("\(error)")
                return []
            }
            return problems
        }
    }

    func testTableHeaderThatDoesNotStartWithAKeyIsAProblemNotACrash() {
        for (text, line) in [
            ("[=]", 1), ("[console]\nrefresh_seconds = 5\n[ #x]", 3), ("[[.rooms]]", 1), ("\r\n[!]", 2),
            ("[\u{0612}", 1), ("[\n\n", 1),
        ] {
            let found = problems(text)
            XCTAssertEqual(found.first?.line, line, "\(text.debugDescription): \(found)")
            XCTAssertTrue(found.first?.message.contains("table header must") == true, "\(found)")
        }
    }

    func testBraceWhereAnArrayExpectsAValueIsAProblemNotACrash() {
        for (text, line) in [("x = [}", 1), ("x = [1, }", 1), ("x = [ # comment\n}", 2), ("x = {a = [}]}", 1)] {
            let found = problems(text)
            XCTAssertEqual(found.first?.line, line, "\(text.debugDescription): \(found)")
            XCTAssertTrue(found.first?.message.contains("value is missing") == true, "\(found)")
        }
    }

    func testBracketsInsideValuesAreNotTakenForHeaders() {
        let text = """
            [console]
            refresh_seconds = 5

            [zoom]
            client_id = \"\"\"
            [=] inside a string
            \"\"\"
            unknown = [
              [ {a = 1} ],
            ]
            """
        let found = problems(text)
        XCTAssertFalse(found.contains { $0.message.contains("table header") }, "\(found)")
        XCTAssertTrue(
            found.contains { $0.key?.contains("unknown") == true }, "the unknown key is still reported: \(found)")
    }
}
