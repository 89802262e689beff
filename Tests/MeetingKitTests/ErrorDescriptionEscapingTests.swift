import MeetingKit
import XCTest

/// Error descriptions quote what servers and browsers sent (Zoom's messages, the OAuth server's
/// reasons, rate-limit headers, a redirect's error): the quoted words are escaped, so a description
/// holds no control character, not even a line feed, whatever it quotes.
final class ErrorDescriptionEscapingTests: XCTestCase {
    private let hostile = "x\u{1B}]0;t\u{07}\r\n\u{9B}2J\u{202E}\u{2028}"
    private let shown = #"x\u{1B}]0;t\u{07}\u{0D}\u{0A}\u{9B}2J\u{202E}\u{2028}"#

    func testEveryQuotedWordIsEscaped() {
        let errors: [any Error & CustomStringConvertible] = [
            ZoomAPIError.zoom(status: 404, code: 3001, message: hostile),
            ZoomAPIError.missingScopes(status: 400, code: 4711, missing: [hostile], message: hostile),
            ZoomAPIError.unauthorized(code: 124, message: hostile),
            ZoomAPIError.malformedResponse(hostile),
            ZoomAPIError.rateLimited(RateLimitInfo(category: hostile, type: hostile, retryAfter: 3600)),
            ZoomAPIError.transport(.noAnswer(hostile)),
            OAuthError.rejected(status: 401, error: hostile, reason: hostile),
            OAuthError.accessDenied(reason: hostile),
            OAuthError.malformedResponse(hostile),
            OAuthError.transport(.notSent(hostile)),
            LoopbackRedirectError.denied(error: hostile, reason: hostile),
        ]
        for error in errors {
            let text = error.description
            XCTAssertTrue(text.contains(shown), text)
            XCTAssertFalse(text.unicodeScalars.contains { TerminalScalarClass($0) == .control }, text)
        }
        XCTAssertEqual(
            ZoomAPIError.zoom(status: 404, code: 3001, message: hostile).description,
            "Zoom answered 404 (code 3001): \(shown)")
    }
}
