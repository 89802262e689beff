/// One TOML value: a string, integer, float, boolean, date-time, array or table.
public enum TOMLValue: Sendable, Hashable {
    /// A string of any of the four kinds (basic, literal, and their multi-line forms), escapes resolved.
    case string(String)
    /// A 64-bit integer (decimal, hexadecimal, octal or binary in the document).
    case integer(Int64)
    /// A 64-bit float, including `inf` and `nan`.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// An offset date-time, local date-time, local date or local time.
    case dateTime(TOMLDateTime)
    /// An array; its elements may be of different types.
    case array([TOMLValue])
    /// A table: a `[header]` table, an `[[array of tables]]` element, a dotted-key table or an inline table.
    case table(TOMLTable)

    /// The string, when this is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, when this is one.
    public var integerValue: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The float, when this is one (an integer is not converted).
    public var floatValue: Double? {
        if case .float(let value) = self { return value }
        return nil
    }

    /// The boolean, when this is one.
    public var booleanValue: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    /// The date-time, when this is one.
    public var dateTimeValue: TOMLDateTime? {
        if case .dateTime(let value) = self { return value }
        return nil
    }

    /// The elements, when this is an array.
    public var arrayValue: [TOMLValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The table, when this is one.
    public var tableValue: TOMLTable? {
        if case .table(let value) = self { return value }
        return nil
    }
}
