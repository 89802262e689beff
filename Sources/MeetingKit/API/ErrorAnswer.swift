import FoundationEssentials

/// The fields of an error answer, from Zoom's API (`{"code": N, "message": "...", "errors": [...]}`)
/// or its OAuth server (`{"error": "...", "reason": "..."}`, RFC 6749's `error_description`), read
/// leniently: a field that is missing or of another type is nil, a body that is no JSON object
/// gives nothing at all.
struct ErrorAnswer: Decodable {
    /// One field a validation error names (`{"field": "...", "message": "..."}`).
    struct FieldError: Decodable {
        var field: String?
        var message: String?

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: AnyKey.self)
            field = fields.string("field")
            message = fields.string("message")
        }
    }

    /// Zoom's error code (sometimes sent as a string).
    var code: Int?
    var message: String?
    var fieldErrors: [FieldError] = []
    /// OAuth's error name (`invalid_grant`, `access_denied`, ...).
    var error: String?
    var reason: String?
    var errorDescription: String?

    /// The fields of `response`'s body; all nil when it is not a JSON object.
    init(_ response: HTTPResponse) {
        self = (try? JSONDecoder().decode(Self.self, from: response.body)) ?? Self()
    }

    private init() {}

    init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: AnyKey.self)
        code = fields.int64("code").flatMap { Int(exactly: $0) }
        message = fields.string("message")
        fieldErrors = fields.lenientArray("errors")
        error = fields.string("error")
        reason = fields.string("reason")
        errorDescription = fields.string("error_description")
    }
}
