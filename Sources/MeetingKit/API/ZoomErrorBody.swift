import FoundationEssentials
import PlainText

/// Turns a Zoom error answer (`{"code": N, "message": "..."}`) into a `ZoomAPIError`.
enum ZoomErrorBody {
    /// Zoom's codes for "the token does not contain the scopes this needs".
    static let missingScopeCodes: Set<Int> = [4711, 4700, 104]

    static func error(from response: HTTPResponse) -> ZoomAPIError {
        let answer = ErrorAnswer(response)
        let code = answer.code
        var message = answer.message ?? fallbackMessage(for: response)
        let details = answer.fieldErrors.compactMap { field -> String? in
            guard let text = field.message else { return nil }
            return field.field.map { "\($0): \(text)" } ?? text
        }
        if !details.isEmpty { message += " (" + details.joined(separator: "; ") + ")" }
        if response.status == 401 {
            return .unauthorized(code: code, message: message)
        }
        if let code, missingScopeCodes.contains(code) || message.containsIgnoringCase("does not contain scope") {
            return .missingScopes(status: response.status, code: code, missing: scopes(in: message), message: message)
        }
        return .zoom(status: response.status, code: code, message: message)
    }

    /// The `message` of an error body, when it has one.
    static func message(in response: HTTPResponse) -> String? {
        ErrorAnswer(response).message
    }

    /// The scope names inside `[...]` of a message such as
    /// "Invalid access token, does not contain scopes:[meeting:write:admin, meeting:master]."
    static func scopes(in message: String) -> [String] {
        guard let open = message.firstIndex(of: "["),
            let close = message[open...].firstIndex(of: "]")
        else { return [] }
        return message[message.index(after: open)..<close]
            .split(whereSeparator: { $0 == "," || $0 == " " })
            .map { String($0) }
            .filter { !$0.isEmpty }
    }

    private static func fallbackMessage(for response: HTTPResponse) -> String {
        let text = String(decoding: response.body.prefix(200), as: UTF8.self)
            .trimmingWhitespace()
        let printable = text.unicodeScalars.allSatisfy {
            $0.properties.isWhitespace || !$0.properties.generalCategory.isControl
        }
        return printable && !text.isEmpty ? "HTTP \(response.status): \(text)" : "HTTP \(response.status)"
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isControl: Bool { self == .control || self == .format || self == .unassigned }
}
