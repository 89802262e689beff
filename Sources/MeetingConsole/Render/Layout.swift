/// Where each part of the screen goes for a terminal size, htop-style: status bar on top,
/// the view's title and column header, the list, the log pane, the message line, the key bar.
public struct Layout: Sendable, Hashable {
    public let size: TerminalSize
    public let statusRow = 0
    public let titleRow = 1
    public let headerRow = 2
    /// The first list row.
    public let listTop = 3
    /// How many log lines are shown (none on short screens).
    public let logLines: Int
    public var messageRow: Int { size.rows - 2 }
    public var keyBarRow: Int { size.rows - 1 }
    /// The row of the log pane's rule, when there is a log pane.
    public var logRuleRow: Int { messageRow - logLines - 1 }

    public init(size: TerminalSize) {
        self.size = size
        logLines = size.rows >= 20 ? 4 : (size.rows >= 16 ? 2 : 0)
    }

    /// How many list rows fit.
    public var listRows: Int {
        let bottom = logLines > 0 ? logRuleRow : messageRow
        return max(1, bottom - listTop)
    }
}
