import CNcursesw
import CursesShims
import Glibc

/// The only type that talks to ncurses: it paints grids (only the cells that changed since the
/// last one), reads keys without blocking, follows resizes, and restores the terminal.
final class Terminal {
    /// How roles are shown: colour pairs, or bold and reverse video without colour.
    private let attributes: [Role: (attr: attr_t, pair: Int16)]
    private var previous: ScreenGrid?
    private var restored = false
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>

    /// Takes over the terminal on stdin/stdout. Colours are used unless `NO_COLOR` is set or the terminal has none.
    init(environment: [String: String]) throws {
        guard let screen = cursesshim_newterm() else {
            throw ConsoleError.terminal(
                "terminal type \"\(environment["TERM"] ?? "")\" is unknown or cannot move the cursor; "
                    + "the console needs a terminal that can move the cursor (TERM=xterm-256color, screen, tmux-256color or vt100); the subcommands "
                    + "(meeting-tui meetings, invite, doctor...) work on any terminal")
        }
        self.screen = screen
        set_term(screen)
        guard let window = cursesshim_stdscr() else {
            endwin()
            delscreen(screen)
            throw ConsoleError.terminal("no standard screen")
        }
        self.window = window
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        set_escdelay(25)
        curs_set(0)
        let useColour = environment["NO_COLOR"].map(\.isEmpty) ?? true
        if useColour, has_colors() {
            start_color()
            use_default_colors()
            attributes = Self.colourAttributes()
        } else {
            attributes = Self.monochromeAttributes()
        }
    }

    /// The terminal's size in cells.
    var size: TerminalSize {
        TerminalSize(rows: Int(cursesshim_rows(window)), columns: Int(cursesshim_cols(window)))
    }

    /// Follows a resize: reads the tty's new size, tells ncurses, and forgets what was painted.
    func resize() -> TerminalSize {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if cursesshim_tty_size(STDOUT_FILENO, &rows, &columns) == 0 {
            resize_term(rows, columns)
        }
        previous = nil
        clearok(window, true)
        return size
    }

    /// Paints a grid, writing only the cells that differ from the last grid painted.
    /// Writes nothing at all when nothing changed.
    func paint(_ grid: ScreenGrid) {
        let comparable = previous.flatMap { $0.rows == grid.rows && $0.columns == grid.columns ? $0 : nil }
        if comparable == nil { werase(window) }
        let positions = grid.positionsToPaint(since: comparable)
        previous = grid
        guard !positions.isEmpty else { return }
        for position in positions {
            put(grid[position.row, position.column], row: position.row, column: position.column)
        }
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ cell: Cell, row: Int, column: Int) {
        // setcchar takes one spacing character and a few combining ones; longer clusters are cut.
        var scalars = cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        scalars.append(0)
        let style = attributes[cell.role] ?? (cursesshim_a_normal(), 0)
        _ = scalars.withUnsafeBufferPointer { buffer in
            cursesshim_put_cell(window, Int32(row), Int32(column), buffer.baseAddress, style.attr, style.pair)
        }
    }

    /// Every key waiting in the input buffer; `nil` entries are resize notices from ncurses.
    func readKeys() -> [KeyPress?] {
        var keys: [KeyPress?] = []
        while true {
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                if Int32(character) == KEY_RESIZE {
                    keys.append(nil)
                } else if let key = Self.functionKey(Int32(character)) {
                    keys.append(key)
                }
            } else if let scalar = Unicode.Scalar(UInt32(character)) {
                keys.append(Self.key(for: scalar))
            }
        }
        return keys
    }

    /// Ends curses mode and puts the terminal back as it was. Safe to call more than once.
    func restore() {
        guard !restored else { return }
        restored = true
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    deinit { restore() }

    // MARK: - Keys

    private static func key(for scalar: Unicode.Scalar) -> KeyPress? {
        switch scalar.value {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
        case 0x00..<0x20: return nil
        default: return .character(Character(scalar))
        }
    }

    private static func functionKey(_ code: Int32) -> KeyPress? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        default:
            for number in 1...12 where code == cursesshim_key_f(Int32(number)) { return .function(number) }
            return nil
        }
    }

    // MARK: - Roles

    private static func monochromeAttributes() -> [Role: (attr: attr_t, pair: Int16)] {
        let bold = cursesshim_a_bold()
        let reverse = cursesshim_a_reverse()
        let dim = cursesshim_a_dim()
        let underline = cursesshim_a_underline()
        let normal = cursesshim_a_normal()
        let table: [Role: attr_t] = [
            .normal: normal, .title: bold, .header: underline, .selected: reverse, .dim: dim,
            .success: bold, .warning: bold, .error: bold | underline, .statusBar: reverse,
            .keyBarKey: bold, .keyBarLabel: reverse, .input: bold, .border: normal,
        ]
        return table.mapValues { ($0, 0) }
    }

    private static func colourAttributes() -> [Role: (attr: attr_t, pair: Int16)] {
        let bold = cursesshim_a_bold()
        let normal = cursesshim_a_normal()
        let palette: [Role: (foreground: Int32, background: Int32, attr: attr_t)] = [
            .normal: (-1, -1, normal),
            .title: (COLOR_CYAN, -1, bold),
            .header: (COLOR_BLACK, COLOR_GREEN, normal),
            .selected: (COLOR_BLACK, COLOR_CYAN, normal),
            .dim: (-1, -1, cursesshim_a_dim()),
            .success: (COLOR_GREEN, -1, bold),
            .warning: (COLOR_YELLOW, -1, bold),
            .error: (COLOR_RED, -1, bold),
            .statusBar: (COLOR_WHITE, COLOR_BLUE, normal),
            .keyBarKey: (-1, -1, bold),
            .keyBarLabel: (COLOR_BLACK, COLOR_CYAN, normal),
            .input: (-1, -1, bold),
            .border: (COLOR_BLUE, -1, normal),
        ]
        var table: [Role: (attr: attr_t, pair: Int16)] = [:]
        for role in Role.allCases {
            let entry = palette[role] ?? (-1, -1, normal)
            let pair = Int16(role.rawValue + 1)
            init_pair(pair, Int16(entry.foreground), Int16(entry.background))
            table[role] = (entry.attr, pair)
        }
        return table
    }
}
