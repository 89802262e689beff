/// Where each part of the screen goes for a terminal size, htop-style: status bar on top,
/// the view's title and column header, the list, the log pane, the message line, the key bar.
struct Layout: Sendable, Hashable {
    let size: TerminalSize
    let statusRow = 0
    let titleRow = 1
    let headerRow = 2
    /// The first list row.
    let listTop = 3
    /// How many log lines are shown (none on short screens).
    let logLines: Int
    var messageRow: Int { size.rows - 2 }
    var keyBarRow: Int { size.rows - 1 }
    /// The row of the log pane's rule, when there is a log pane.
    var logRuleRow: Int { messageRow - logLines - 1 }

    init(size: TerminalSize) {
        self.size = size
        logLines = size.rows >= 20 ? 4 : (size.rows >= 16 ? 2 : 0)
    }

    /// How many list rows fit.
    var listRows: Int {
        let bottom = logLines > 0 ? logRuleRow : messageRow
        return max(1, bottom - listTop)
    }
}
