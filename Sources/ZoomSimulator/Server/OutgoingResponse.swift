import FoundationEssentials

/// The simulator's answer to one request, before a front end delivers it.
public struct OutgoingResponse: Sendable {
    /// The HTTP status.
    public internal(set) var status: Int
    /// Header fields in the order they are sent.
    public internal(set) var headers: [(String, String)] = []
    /// The body, empty for none.
    public internal(set) var body: Data = Data()
    /// What happened, for the request log (for example why a call-out was dropped).
    var note: String?

    /// A JSON answer encoded from a value with snake_case keys.
    static func json(_ value: some Encodable, status: Int = 200, note: String? = nil) -> OutgoingResponse {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return OutgoingResponse(
            status: status, headers: [("Content-Type", "application/json;charset=UTF-8")], body: body, note: note)
    }

    /// An answer with no body.
    static func empty(_ status: Int, note: String? = nil) -> OutgoingResponse {
        OutgoingResponse(status: status, note: note)
    }

    /// A redirect to `location`.
    static func redirect(to location: String) -> OutgoingResponse {
        OutgoingResponse(status: 302, headers: [("Location", location)])
    }

    /// A plain text or HTML answer.
    static func text(_ text: String, status: Int = 200, contentType: String = "text/plain;charset=UTF-8")
        -> OutgoingResponse
    {
        OutgoingResponse(status: status, headers: [("Content-Type", contentType)], body: Data(text.utf8))
    }
}
