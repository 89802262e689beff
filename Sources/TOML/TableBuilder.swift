/// A table while the document is being parsed: it can still grow, and it remembers how it came to
/// exist, which decides whether a later header or dotted key may add to it.
final class TableBuilder {
    /// How a table came to exist.
    enum Origin {
        /// Named as a parent in a header (`a` in `[a.b]`); a later `[a]` may still define it.
        case implicit
        /// Defined by a `[header]`, as an `[[array]]` element, or the document itself.
        case header
        /// Created by a dotted key (`a.b = 1`) in the given section; only that section may add to it with more dotted keys.
        case dotted(section: Int)
    }

    /// What a key holds.
    enum Slot {
        /// A finished value: a scalar, a static array or an inline table, none of which can be extended.
        case value(TOMLValue, line: Int)
        /// A table that headers or dotted keys may still add to.
        case table(TableBuilder, line: Int)
        /// An array of tables (`[[key]]`); headers add to its last element.
        case tableArray([TableBuilder], line: Int)

        var line: Int {
            switch self {
            case .value(_, let line), .table(_, let line), .tableArray(_, let line): return line
            }
        }
    }

    var origin: Origin
    /// How many tables and arrays enclose this table (the document is 0).
    let depth: Int
    private(set) var keys: [String] = []
    private var slots: [String: Slot] = [:]

    init(origin: Origin, depth: Int) {
        self.origin = origin
        self.depth = depth
    }

    subscript(key: String) -> Slot? {
        get { slots[key] }
        set {
            if slots[key] == nil, newValue != nil { keys.append(key) }
            slots[key] = newValue
        }
    }

    /// The finished table.
    func table() -> TOMLTable {
        var table = TOMLTable()
        for key in keys {
            switch slots[key] {
            case .value(let value, let line): table.set(value, for: key, line: line)
            case .table(let builder, let line): table.set(.table(builder.table()), for: key, line: line)
            case .tableArray(let builders, let line):
                table.set(.array(builders.map { .table($0.table()) }), for: key, line: line)
            case nil: continue
            }
        }
        return table
    }
}
