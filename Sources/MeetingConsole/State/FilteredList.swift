/// The items of a list that pass its filter, in list order, without copying them: the list's
/// array and the positions of the matches (or every position when nothing is filtered out).
public struct FilteredList<Element: Sendable & Hashable>: RandomAccessCollection, Sendable, Hashable {
    private let base: [Element]
    /// Positions in `base` of the shown items; `nil` shows all of them.
    private let positions: [Int]?

    /// All of `base`, or the items at `positions`.
    public init(_ base: [Element], positions: [Int]? = nil) {
        self.base = base
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions?.count ?? base.count }

    public subscript(position: Int) -> Element {
        base[positions?[position] ?? position]
    }
}
