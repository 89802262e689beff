import FoundationEssentials
import PlainText

/// A coding key made from any string, for reading Zoom's snake_case fields by name.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Tolerant field readers: a missing field, `null`, or a value of an unexpected type gives `nil`
/// instead of failing the whole document, because Zoom's answers vary between endpoints and plans.
extension KeyedDecodingContainer where Key == AnyKey {
    func string(_ name: String) -> String? {
        let key = AnyKey(name)
        if let text = try? decodeIfPresent(String.self, forKey: key) { return text }
        if let number = try? decodeIfPresent(Int64.self, forKey: key) { return String(number) }
        if let number = try? decodeIfPresent(Double.self, forKey: key) { return String(number) }
        if let flag = try? decodeIfPresent(Bool.self, forKey: key) { return String(flag) }
        return nil
    }

    func int64(_ name: String) -> Int64? {
        let key = AnyKey(name)
        if let number = try? decodeIfPresent(Int64.self, forKey: key) { return number }
        if let number = try? decodeIfPresent(Double.self, forKey: key), number.rounded() == number,
            abs(number) < 9e18
        {
            return Int64(number)
        }
        if let text = try? decodeIfPresent(String.self, forKey: key) { return Int64(text.trimmingSpaces()) }
        return nil
    }

    func bool(_ name: String) -> Bool? {
        let key = AnyKey(name)
        if let flag = try? decodeIfPresent(Bool.self, forKey: key) { return flag }
        if let number = try? decodeIfPresent(Int.self, forKey: key) { return number != 0 }
        if let text = try? decodeIfPresent(String.self, forKey: key) {
            switch text.lowercased() {
            case "true", "1", "yes": return true
            case "false", "0", "no": return false
            default: return nil
            }
        }
        return nil
    }

    func date(_ name: String) -> Date? {
        string(name).flatMap(ZoomDate.parse)
    }

    /// Decodes an array field element by element, skipping elements that fail to decode.
    func lenientArray<Element: Decodable>(_ name: String, of type: Element.Type = Element.self) -> [Element] {
        guard var items = try? nestedUnkeyedContainer(forKey: AnyKey(name)) else { return [] }
        var result: [Element] = []
        while !items.isAtEnd {
            if let element = try? items.decode(Element.self) {
                result.append(element)
            } else {
                _ = try? items.decode(Skipped.self)
            }
        }
        return result
    }
}

/// Consumes one JSON value of any shape.
private struct Skipped: Decodable {
    init(from decoder: any Decoder) throws {}
}
