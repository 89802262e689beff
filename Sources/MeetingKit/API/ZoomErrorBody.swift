import FoundationEssentials
import PlainText

/// Turns a Zoom error answer (`{"code": N, "message": "..."}`) into a `ZoomAPIError`.
enum ZoomErrorBody {
    /// Zoom's codes for "the token does not contain the scopes this needs".
    static let missingScopeCodes: Set<Int> = [4711, 4700, 104]

    static func error(from response: HTTPResponse) -> ZoomAPIError {
        let document = Document.parse(response)
        let code = document?.code
        var message = document?.message ?? fallbackMessage(for: response)
        let details = document?.errors.compactMap { field -> String? in
            guard let text = field.message else { return nil }
            return field.field.map { "\($0): \(text)" } ?? text
        } ?? []
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
        Document.parse(response)?.message
    }

    /// What is read of an error answer, leniently (`AnyKey`): a number where text is expected is read
    /// as its digits, a field of another shape is left out.
    private struct Document: Decodable {
        /// One entry of `errors`: `{"field": "...", "message": "..."}`.
        struct FieldError: Decodable {
            let field: String?
            let message: String?

            init(from decoder: any Decoder) throws {
                let fields = try decoder.container(keyedBy: AnyKey.self)
                field = fields.string("field")
                message = fields.string("message")
            }
        }

        let code: Int?
        let message: String?
        let errors: [FieldError]

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: AnyKey.self)
            code = fields.int64("code").flatMap { Int(exactly: $0) }
            message = fields.string("message")
            errors = fields.lenientArray("errors")
        }

        /// The answer's fields, or `nil` when its body is not a JSON object.
        static func parse(_ response: HTTPResponse) -> Document? {
            try? JSONDecoder().decode(Document.self, from: response.body)
        }
    }

    /// The scope names inside `[...]` of a message such as
    /// "Invalid access token, does not contain scopes:[meeting:write:admin, meeting:master]."
    static func scopes(in message: String) -> [String] {
        guard let open = message.firstIndex(of: "["),
              let close = message[open...].firstIndex(of: "]") else { return [] }
        return message[message.index(after: open)..<close]
            .split(whereSeparator: { $0 == "," || $0 == " " })
            .map { String($0) }
            .filter { !$0.isEmpty }
    }

    private static func fallbackMessage(for response: HTTPResponse) -> String {
        let text = String(decoding: response.body.prefix(200), as: UTF8.self)
            .trimmingWhitespace()
        let printable = text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || !$0.properties.generalCategory.isControl }
        return printable && !text.isEmpty ? "HTTP \(response.status): \(text)" : "HTTP \(response.status)"
    }
}

private extension Unicode.GeneralCategory {
    var isControl: Bool { self == .control || self == .format || self == .unassigned }
}
