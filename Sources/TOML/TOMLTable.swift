/// A TOML table: keys in the order they were defined, each with its value and, for a parsed
/// document, the 1-based line where the key was defined.
///
/// Two tables are equal when they hold the same keys with equal values; order and lines do not count.
public struct TOMLTable: Sendable, Hashable {
    private var values: [String: TOMLValue] = [:]
    private var lines: [String: Int] = [:]
    /// The keys, in the order they were first defined.
    public private(set) var keys: [String] = []

    /// An empty table.
    public init() {}

    /// The value of a key; setting `nil` removes the key, setting a new key appends it (without a line).
    public subscript(key: String) -> TOMLValue? {
        get { values[key] }
        set {
            if let newValue { set(newValue, for: key, line: lines[key]) } else { remove(key) }
        }
    }

    /// Sets a key's value and the line where it is defined; a new key goes after the existing ones.
    public mutating func set(_ value: TOMLValue, for key: String, line: Int?) {
        if values.updateValue(value, forKey: key) == nil { keys.append(key) }
        lines[key] = line
    }

    /// Removes a key and its value, if present.
    public mutating func remove(_ key: String) {
        guard values.removeValue(forKey: key) != nil else { return }
        lines[key] = nil
        keys.removeAll { $0 == key }
    }

    /// The 1-based line where the key was defined: its `key = value` line, its `[table]` header,
    /// or the first `[[array]]` header. `nil` for keys set in code and for absent keys.
    public func line(of key: String) -> Int? { lines[key] }

    /// The number of keys.
    public var count: Int { keys.count }

    /// Whether the table has no keys.
    public var isEmpty: Bool { keys.isEmpty }

    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool { lhs.values == rhs.values }

    public func hash(into hasher: inout Hasher) { hasher.combine(values) }
}
