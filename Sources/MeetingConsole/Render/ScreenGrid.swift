/// What a cell is for. The terminal maps roles to colours, or to bold and reverse video on
/// monochrome terminals and under `NO_COLOR`.
enum Role: Int, Sendable, Hashable, CaseIterable {
    case normal
    case title
    case header
    case selected
    case dim
    case success
    case warning
    case error
    case statusBar
    case keyBarKey
    case keyBarLabel
    case input
    case border
}

/// One terminal cell: a grapheme cluster (or nothing, for the right half of a wide character) and its role.
struct Cell: Sendable, Hashable {
    /// The grapheme shown here; empty when this cell continues the wide character to its left.
    var text: String
    var role: Role

    init(text: String, role: Role) {
        self.text = text
        self.role = role
    }

    /// A blank cell.
    static let blank = Cell(text: " ", role: .normal)

    /// Whether this cell is the right half of a wide character.
    var isContinuation: Bool { text.isEmpty }
}

/// A screen's worth of cells: the render's output and the terminal's input.
struct ScreenGrid: Sendable, Equatable {
    let rows: Int
    let columns: Int
    private(set) var cells: [Cell]

    /// A blank grid.
    init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    /// The cell at a position.
    subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// Writes text from a position, clipped at `limit` cells (and at the right edge).
    /// Wide characters that would not fit whole are replaced by spaces. Returns the cells used.
    @discardableResult
    mutating func put(_ text: String, row: Int, column: Int, role: Role, limit: Int? = nil) -> Int {
        guard row >= 0, row < rows, column >= 0, column < columns else { return 0 }
        let end = min(columns, column + (limit ?? columns))
        var x = column
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x + width > end {
                while x < end {
                    set(row, x, Cell(text: " ", role: role))
                    x += 1
                }
                break
            }
            set(row, x, Cell(text: String(character), role: role))
            if width == 2 { set(row, x + 1, Cell(text: "", role: role)) }
            x += width
        }
        return x - column
    }

    /// Sets the role of a run of cells, filling blanks where nothing was written.
    mutating func fill(row: Int, from column: Int, to end: Int, role: Role) {
        guard row >= 0, row < rows else { return }
        for x in max(0, column)..<min(columns, max(column, end)) {
            var cell = self[row, x]
            cell.role = role
            set(row, x, cell)
        }
    }

    /// Replaces every non-ASCII cell with `?` (both halves of a wide character), for terminals
    /// whose locale cannot show anything else. Widths are kept, so columns stay aligned.
    mutating func replaceNonASCII() {
        for index in cells.indices where !cells[index].text.allSatisfy(\.isASCII) || cells[index].isContinuation {
            cells[index].text = "?"
        }
    }

    /// Where the terminal must write to turn `previous` into this grid: the cells that differ
    /// (a changed right half of a wide character means its left half), or every cell when there
    /// is no previous grid. Continuation cells are never listed: their wide character covers them.
    func positionsToPaint(since previous: ScreenGrid?) -> [(row: Int, column: Int)] {
        var positions: [(row: Int, column: Int)] = []
        for row in 0..<rows {
            for column in 0..<columns {
                let cell = self[row, column]
                if let previous, previous[row, column] == cell { continue }
                if !cell.isContinuation {
                    positions.append((row, column))
                } else if column > 0, positions.last.map({ $0 != (row, column - 1) }) ?? true {
                    positions.append((row, column - 1))
                }
            }
        }
        return positions
    }

    /// The text of one row, trailing spaces removed.
    func line(_ row: Int) -> String {
        var text = ""
        for x in 0..<columns { text += self[row, x].text }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// Every row as text: what a person would read off the screen.
    var text: String {
        (0..<rows).map(line).joined(separator: "\n")
    }

    /// The roles of a row's cells, for tests that check highlighting.
    func roles(_ row: Int) -> [Role] {
        (0..<columns).map { self[row, $0].role }
    }

    private mutating func set(_ row: Int, _ column: Int, _ cell: Cell) {
        let index = row * columns + column
        // Overwriting half of a wide character blanks its other half.
        if cells[index].isContinuation, column > 0, !cell.isContinuation {
            cells[index - 1] = Cell(text: " ", role: cells[index - 1].role)
        }
        if column + 1 < columns, DisplayWidth.of(cells[index].text) == 2, cells[index + 1].isContinuation,
            DisplayWidth.of(cell.text) != 2
        {
            cells[index + 1] = Cell(text: " ", role: cells[index + 1].role)
        }
        cells[index] = cell
    }
}
