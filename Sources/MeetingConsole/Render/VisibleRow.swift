/// One row of a list that the view shows: the element, its distance from the list's top screen
/// row, and whether the cursor is on it.
struct VisibleRow<Element> {
    let element: Element
    let offset: Int
    let isSelected: Bool
}

extension ListCursor {
    /// The rows of `list` that fit in `rows` screen rows, starting at the cursor's top row. A top
    /// row beyond the list (a list that just shrank) shows nothing rather than failing.
    func visibleRows<List: RandomAccessCollection>(of list: List, fitting rows: Int) -> [VisibleRow<List.Element>]
    where List.Index == Int {
        let first = max(0, top)
        let last = min(list.count, top + max(0, rows))
        guard first < last else { return [] }
        return (first..<last).map { VisibleRow(element: list[$0], offset: $0 - first, isSelected: $0 == index) }
    }
}
