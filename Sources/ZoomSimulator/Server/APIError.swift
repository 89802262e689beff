/// A Zoom REST error: an HTTP status and the body `{"code": N, "message": "...", "errors": [...]}`.
struct APIError: Error, Sendable {
    /// One invalid field of a validation error.
    struct FieldError: Encodable, Sendable {
        var field: String
        var message: String
    }

    private struct Body: Encodable {
        var code: Int
        var message: String
        var errors: [FieldError]?
    }

    var status: Int
    var code: Int
    var message: String
    var errors: [FieldError]?

    var response: OutgoingResponse {
        .json(Body(code: code, message: message, errors: errors), status: status, note: "error \(code): \(message)")
    }

    /// 401 code 124: the token is unknown, revoked or expired.
    static func invalidToken(expired: Bool = false) -> APIError {
        APIError(status: 401, code: 124, message: expired ? "Access token is expired." : "Invalid access token.")
    }

    /// 400 code 4711: the token lacks every scope the endpoint accepts.
    static func missingScopes(_ scopes: [String]) -> APIError {
        APIError(
            status: 400, code: 4711,
            message: "Invalid access token, does not contain scopes:[\(scopes.joined(separator: ", "))].")
    }

    /// 404 code 3001: no such live meeting.
    static func meetingNotFound(_ id: String) -> APIError {
        APIError(status: 404, code: 3001, message: "Meeting does not exist: \(id).")
    }

    /// 400 code 3003: the caller is neither host nor alternative host.
    static let notHost = APIError(status: 400, code: 3003, message: "You are not the meeting host.")

    /// 400 code 300 with the invalid fields.
    static func validation(_ errors: [FieldError]) -> APIError {
        APIError(status: 400, code: 300, message: "Validation Failed.", errors: errors)
    }

    /// 400 code 300 with one message.
    static func invalid(_ message: String) -> APIError {
        APIError(status: 400, code: 300, message: message)
    }

    /// 400 code 200: the account's plan has no Dashboard.
    static let dashboardNeedsBusinessPlan = APIError(
        status: 400, code: 200,
        message: "Only available for Paid account with Business plan or higher and the Dashboard feature enabled.")

    /// 400 code 200: the caller may not act for another user.
    static let noPermission = APIError(status: 400, code: 200, message: "No permission.")

    /// 404 code 1001: no such user.
    static func userNotFound(_ id: String) -> APIError {
        APIError(status: 404, code: 1001, message: "User does not exist: \(id).")
    }

    /// 404 for a path the API does not have.
    static let unknownPath = APIError(status: 404, code: 404, message: "Not Found")
}
