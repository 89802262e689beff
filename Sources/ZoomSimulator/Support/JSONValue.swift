import FoundationEssentials

/// A JSON document of any shape, for checking request bodies the way Zoom validates them (a field
/// of the wrong type is reported, not decoded away). `true`/`false` stay booleans, never numbers.
enum JSONValue: Decodable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The top-level object of `body`, or `nil` when the body is not JSON or not an object.
    static func object(in body: Data) -> [String: JSONValue]? {
        (try? JSONDecoder().decode(JSONValue.self, from: body))?.object
    }

    /// The text, when this is a string.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The members, when this is an object.
    var object: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements, when this is an array whose elements are all objects.
    var objects: [[String: JSONValue]]? {
        guard case .array(let elements) = self else { return nil }
        let objects = elements.compactMap(\.object)
        return objects.count == elements.count ? objects : nil
    }

    /// Whether this is `true` or `false`.
    var isBool: Bool {
        if case .bool = self { return true }
        return false
    }
}
