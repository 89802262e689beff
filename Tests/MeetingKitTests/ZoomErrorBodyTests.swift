import Foundation
import XCTest

@testable import MeetingKit

/// Zoom's error answers read leniently: a code sent as a string, the fields a validation error
/// names, a missing scope named in the message, and a body that is no JSON at all.
final class ZoomErrorBodyTests: XCTestCase {
    private func error(_ status: Int, _ body: String) -> ZoomAPIError {
        ZoomErrorBody.error(from: HTTPResponse(status: status, body: Data(body.utf8)))
    }

    func testValidationErrorNamesEachFieldAfterTheMessage() {
        let answer =
            #"{"code": 300, "message": "Validation Failed.", "errors": "#
            + #"[{"field": "params.device_ip", "message": "Invalid"}, 7, {"message": "Too long"}]}"#
        guard case .zoom(400, 300, let message) = error(400, answer) else { return XCTFail("\(error(400, answer))") }
        XCTAssertEqual(
            message, "Validation Failed. (params.device_ip: Invalid; Too long)",
            "an element that is no object is skipped")
    }

    func testCodeSentAsAStringIsStillACode() {
        let answer = #"{"code": "3001", "message": "Meeting does not exist"}"#
        guard case .zoom(404, 3001, "Meeting does not exist") = error(404, answer) else {
            return XCTFail("\(error(404, answer))")
        }
    }

    func testMissingScopeInTheMessageInAnyCaseIsMissingScopes() {
        let answer = #"{"code": 300, "message": "Invalid access token, Does Not Contain Scopes:[meeting:write:admin]"}"#
        guard case .missingScopes(400, 300, let missing, _) = error(400, answer) else {
            return XCTFail("\(error(400, answer))")
        }
        XCTAssertEqual(missing, ["meeting:write:admin"])
    }

    func testABodyThatIsNoJSONGivesTheStatusAndItsText() {
        guard case .zoom(502, nil, let message) = error(502, "Bad Gateway") else {
            return XCTFail("\(error(502, "Bad Gateway"))")
        }
        XCTAssertEqual(message, "HTTP 502: Bad Gateway")
        XCTAssertNil(ZoomErrorBody.message(in: HTTPResponse(status: 502, body: Data("[1, 2]".utf8))))
    }
}
