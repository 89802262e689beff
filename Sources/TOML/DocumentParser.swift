/// Reads a document line by line: comments, `[table]` and `[[array]]` headers and `key = value`
/// pairs, building the tables and enforcing TOML's rules against defining anything twice.
struct DocumentParser {
    var scanner: TOMLScanner
    private let root = TableBuilder(origin: .header, depth: 0)
    /// The table the current header opened (the root before any header).
    private var current: TableBuilder
    /// Numbers the sections (the part before the first header, each header's part, each inline
    /// table) so that dotted keys extend only tables their own section created.
    private var section = 0
    private var sections = 0

    init(_ text: String) {
        scanner = TOMLScanner(text)
        current = root
    }

    mutating func parse() throws(TOMLParseError) -> TOMLTable {
        while true {
            scanner.skipWhitespace()
            guard let byte = scanner.peek() else { break }
            switch byte {
            case .hash, .lineFeed, .carriageReturn:
                try finishLine(after: "the comment")
            case .openBracket:
                try parseHeader()
                try finishLine(after: "the table header")
            default:
                try parseKeyValue(
                    into: current, section: section, expecting: "expected a key, a [table] header or a comment")
                try finishLine(after: "the value")
            }
        }
        return root.table()
    }

    /// Whitespace, an optional comment and the line end after a header or a key-value pair.
    private mutating func finishLine(after context: String) throws(TOMLParseError) {
        scanner.skipWhitespace()
        try scanner.skipComment()
        try scanner.expectLineEnd(after: context)
    }

    /// A fresh section number.
    mutating func newSection() -> Int {
        sections += 1
        return sections
    }

    // MARK: - Keys

    /// A key: bare or quoted parts joined by dots, with optional whitespace around the dots.
    /// - Parameter context: what the message says when no key starts here, e.g. "expected a key".
    mutating func parseKey(expecting context: String) throws(TOMLParseError) -> [String] {
        var parts: [String] = []
        while true {
            try checkDepth(parts.count + 1, at: scanner.position)
            parts.append(try parseSimpleKey(expecting: parts.isEmpty ? context : "expected a key after '.'"))
            scanner.skipWhitespace()
            guard scanner.peek() == .dot else { return parts }
            scanner.advance()
            scanner.skipWhitespace()
        }
    }

    private mutating func parseSimpleKey(expecting context: String) throws(TOMLParseError) -> String {
        guard let byte = scanner.peek() else { throw scanner.error("\(context), found \(scanner.describeNext())") }
        if byte == .quote || byte == .apostrophe { return try scanner.scanString(multiLineAllowed: false) }
        guard byte.isBareKeyCharacter else { throw scanner.error("\(context), found \(scanner.describeNext())") }
        var key: [UInt8] = []
        while let next = scanner.peek(), next.isBareKeyCharacter {
            key.append(next)
            scanner.advance()
        }
        return String(decoding: key, as: UTF8.self)
    }

    // MARK: - Headers

    private mutating func parseHeader() throws(TOMLParseError) {
        let start = scanner.position
        let line = scanner.line
        let isArray = scanner.peek(1) == .openBracket
        scanner.advance(by: isArray ? 2 : 1)
        scanner.skipWhitespace()
        let key = try parseKey(expecting: "a table header must start with a key")
        let name = isArray ? "[[\(TOMLWriter.key(key))]]" : "[\(TOMLWriter.key(key))]"
        if isArray ? scanner.lookingAt("]]") : scanner.peek() == .closeBracket {
            scanner.advance(by: isArray ? 2 : 1)
        } else {
            throw scanner.error(
                "expected '\(isArray ? "]]" : "]")' to close the header \(name), found \(scanner.describeNext())")
        }
        section = newSection()
        var parent = root
        for part in key.dropLast() {
            parent = try child(of: parent, part, line: line, in: name, at: start)
        }
        guard let last = key.last else { return }
        current =
            isArray
            ? try appendElement(to: parent, last, line: line, name: name, at: start)
            : try defineTable(in: parent, last, line: line, name: name, at: start)
    }

    /// The table a header passes through on its way to the table it names; created when missing.
    private func child(of parent: TableBuilder, _ part: String, line: Int, in name: String, at start: Int)
        throws(TOMLParseError) -> TableBuilder
    {
        switch parent[part] {
        case nil:
            let table = try makeTable(.implicit, depth: parent.depth + 1, at: start)
            parent[part] = .table(table, line: line)
            return table
        case .table(let table, _):
            return table
        case .tableArray(let elements, let line):
            guard let last = elements.last else {
                throw scanner.error("the array of tables '\(part)' on line \(line) is empty", at: start)
            }
            return last
        case .value(let value, let defined):
            throw scanner.error(
                "\(name) cannot be opened: '\(part)' is \(Self.describe(value)) defined on line \(defined), which cannot be extended",
                at: start)
        }
    }

    private func defineTable(in parent: TableBuilder, _ part: String, line: Int, name: String, at start: Int)
        throws(TOMLParseError) -> TableBuilder
    {
        switch parent[part] {
        case nil:
            let table = try makeTable(.header, depth: parent.depth + 1, at: start)
            parent[part] = .table(table, line: line)
            return table
        case .table(let table, let defined):
            switch table.origin {
            case .implicit:
                table.origin = .header
                parent[part] = .table(table, line: line)
                return table
            case .header:
                throw scanner.error("the table \(name) is already defined on line \(defined)", at: start)
            case .dotted:
                throw scanner.error("the table \(name) is already defined by dotted keys on line \(defined)", at: start)
            }
        case .tableArray(_, let defined):
            throw scanner.error("\(name) is already an array of tables, defined by [[…]] on line \(defined)", at: start)
        case .value(let value, let defined):
            throw scanner.error(
                "\(name) cannot be defined: '\(part)' is already \(Self.describe(value)) defined on line \(defined)",
                at: start)
        }
    }

    private func appendElement(to parent: TableBuilder, _ part: String, line: Int, name: String, at start: Int)
        throws(TOMLParseError) -> TableBuilder
    {
        let element = try makeTable(.header, depth: parent.depth + 2, at: start)
        switch parent[part] {
        case nil:
            parent[part] = .tableArray([element], line: line)
        case .tableArray(let elements, let defined):
            parent[part] = .tableArray(elements + [element], line: defined)
        case .table(_, let defined):
            throw scanner.error(
                "\(name) cannot add to '\(part)': it is a table defined on line \(defined), not an array of tables",
                at: start)
        case .value(let value, let defined):
            throw scanner.error(
                "\(name) cannot add to '\(part)': it is \(Self.describe(value)) defined on line \(defined), which cannot be extended",
                at: start)
        }
        return element
    }

    func makeTable(_ origin: TableBuilder.Origin, depth: Int, at start: Int) throws(TOMLParseError) -> TableBuilder {
        try checkDepth(depth, at: start)
        return TableBuilder(origin: origin, depth: depth)
    }

    /// Refuses a table or array nested deeper than `TOMLParser.maximumDepth`.
    func checkDepth(_ depth: Int, at start: Int) throws(TOMLParseError) {
        guard depth <= TOMLParser.maximumDepth else {
            throw scanner.error(
                "tables and arrays are nested more than \(TOMLParser.maximumDepth) levels deep", at: start)
        }
    }

    // MARK: - Key-value pairs

    /// `key = value` into `table`; dotted keys create or extend tables of the same section.
    mutating func parseKeyValue(into table: TableBuilder, section: Int, expecting context: String)
        throws(TOMLParseError)
    {
        let start = scanner.position
        let line = scanner.line
        let key = try parseKey(expecting: context)
        guard scanner.peek() == .equals else {
            throw scanner.error("expected '=' after the key \(TOMLWriter.key(key)), found \(scanner.describeNext())")
        }
        scanner.advance()
        scanner.skipWhitespace()
        var target = table
        for part in key.dropLast() {
            target = try dottedChild(of: target, part, section: section, line: line, key: key, at: start)
        }
        guard let last = key.last else { return }
        if let existing = target[last] {
            throw scanner.error("the key \(TOMLWriter.key(key)) is already defined on line \(existing.line)", at: start)
        }
        let value = try parseValue(depth: target.depth + 1)
        target[last] = .value(value, line: line)
    }

    private func dottedChild(
        of parent: TableBuilder, _ part: String, section: Int, line: Int, key: [String], at start: Int
    ) throws(TOMLParseError) -> TableBuilder {
        var name: String { TOMLWriter.key(key) }
        switch parent[part] {
        case nil:
            let table = try makeTable(.dotted(section: section), depth: parent.depth + 1, at: start)
            parent[part] = .table(table, line: line)
            return table
        case .table(let table, let defined):
            switch table.origin {
            case .implicit:
                table.origin = .dotted(section: section)
                parent[part] = .table(table, line: line)
                return table
            case .dotted(let owner) where owner == section:
                return table
            case .dotted:
                throw scanner.error(
                    "the dotted key \(name) cannot add to '\(part)': it was defined by dotted keys on line \(defined), under another header",
                    at: start)
            case .header:
                throw scanner.error(
                    "the dotted key \(name) cannot add to '\(part)': it is a table defined by a header on line \(defined)",
                    at: start)
            }
        case .tableArray(_, let defined):
            throw scanner.error(
                "the dotted key \(name) cannot add to '\(part)': it is an array of tables defined on line \(defined)",
                at: start)
        case .value(let value, let defined):
            throw scanner.error(
                "the dotted key \(name) cannot add to '\(part)': it is \(Self.describe(value)) defined on line \(defined)",
                at: start)
        }
    }

    /// "an inline table", "a string" …, for messages about redefinitions.
    static func describe(_ value: TOMLValue) -> String {
        switch value {
        case .string: return "a string"
        case .integer: return "an integer"
        case .float: return "a float"
        case .boolean: return "a boolean"
        case .dateTime: return "a date-time"
        case .array: return "an array"
        case .table: return "an inline table"
        }
    }
}
