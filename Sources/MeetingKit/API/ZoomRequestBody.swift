import FoundationEssentials

/// The JSON of a request body, encoded from an `Encodable` type: camelCase property names become
/// Zoom's snake_case keys (`deviceIP` → `device_ip`, `h323Headers` → `h323_headers`), keys are
/// sorted so that one request always has the same bytes, and `/` is written as it is.
enum ZoomRequestBody {
    static func json(_ body: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(body)
    }
}
