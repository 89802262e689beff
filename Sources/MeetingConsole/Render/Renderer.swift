import FoundationEssentials
import MeetingKit

/// Turns the state into cells. Pure: the same state always gives the same grid.
enum Renderer {
    /// The whole screen for a state.
    static func render(_ state: AppState) -> ScreenGrid {
        var grid = ScreenGrid(rows: state.size.rows, columns: state.size.columns)
        guard state.size.isLargeEnough else {
            drawTooSmall(state, on: &grid)
            if !state.settings.unicode { grid.replaceNonASCII() }
            return grid
        }
        let layout = Layout(size: state.size)
        let context = RenderContext(state: state, layout: layout)
        StatusBar.draw(context, on: &grid)
        if state.helpOpen {
            HelpView.draw(context, on: &grid)
        } else if let participants = state.participants {
            ParticipantsView.draw(participants, context, on: &grid)
        } else {
            MeetingsView.draw(state.meetings, context, on: &grid)
        }
        if !state.helpOpen { drawLog(context, on: &grid) }
        if let prompt = state.prompt { PromptView.draw(prompt, context, on: &grid) }
        drawMessageLine(context, on: &grid)
        KeyBar.draw(context, on: &grid)
        if !state.settings.unicode { grid.replaceNonASCII() }
        return grid
    }

    private static func drawTooSmall(_ state: AppState, on grid: inout ScreenGrid) {
        let size = state.size
        let minimum = TerminalSize.minimum
        let settings = state.settings
        let quitKey = settings.keymap.primaryKey(.quit, on: state.screen, readOnly: settings.readOnly)
        var lines = [
            "Terminal too small",
            "need \(minimum.columns)x\(minimum.rows), have \(size.columns)x\(size.rows)",
            "enlarge the window" + (quitKey.map { ", or press \($0.label(unicode: settings.unicode)) to quit" } ?? ""),
        ]
        if case .confirmQuit = state.prompt, let quitKey {
            lines[2] = PromptView.calloutsInProgress(state)
            lines.append("press \(quitKey.label(unicode: settings.unicode)) again to quit")
        }
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = DisplayWidth.truncate(line, to: size.columns, ellipsis: "")
            let column = max(0, (size.columns - DisplayWidth.of(text)) / 2)
            grid.put(text, row: top + offset, column: column, role: offset == 0 ? .warning : .normal)
        }
    }

    private static func drawLog(_ context: RenderContext, on grid: inout ScreenGrid) {
        let layout = context.layout
        guard layout.logLines > 0 else { return }
        let columns = context.state.size.columns
        let rule = context.glyphs.horizontal
        grid.put(
            String(repeating: rule, count: 2) + " Log " + String(repeating: rule, count: max(0, columns - 7)),
            row: layout.logRuleRow, column: 0, role: .border)
        // The "waiting for start" list stays in sight on the rule, however far the log has scrolled.
        if let waiting = InviteLine.waitingForStart(context.state) {
            grid.put(" \(waiting) ", row: layout.logRuleRow, column: 8, role: .warning, limit: max(0, columns - 10))
        }
        // Entries wrap, so an invite's reason and next step can be read in full; the newest lines win.
        var lines: [(time: String, text: String, role: Role)] = []
        for entry in context.state.log.suffix(layout.logLines).reversed() {
            guard lines.count < layout.logLines else { break }
            let (text, role) = logText(entry, context)
            let wrapped = TextFormat.wrap(text, width: columns - 9)
            let time = context.clock(entry.time, seconds: true)
            let entryLines = wrapped.enumerated().map {
                (time: $0.offset == 0 ? time : "", text: $0.element, role: role)
            }
            lines.insert(contentsOf: entryLines, at: 0)
        }
        for (offset, line) in lines.suffix(layout.logLines).enumerated() {
            let row = layout.logRuleRow + 1 + offset
            grid.put(line.time, row: row, column: 0, role: .dim)
            grid.put(line.text, row: row, column: 9, role: line.role)
        }
    }

    private static func logText(_ entry: LogEntry, _ context: RenderContext) -> (String, Role) {
        switch entry.content {
        case .message(let message):
            return (message.text, message.role)
        case .invite(let ticket):
            guard let attempt = context.state.invites[ticket] else { return ("", .normal) }
            return (
                InviteLine.text(for: attempt, unicode: context.state.settings.unicode),
                InviteLine.role(for: attempt.stage)
            )
        }
    }

    private static func drawMessageLine(_ context: RenderContext, on grid: inout ScreenGrid) {
        let row = context.layout.messageRow
        let columns = context.state.size.columns
        let state = context.state
        switch state.prompt {
        case .filter:
            let text = state.participants?.cursor.filter ?? state.meetings.cursor.filter
            drawInputLine("/", text, row: row, context, on: &grid)
        case .command(let text):
            drawInputLine(":", text, row: row, context, on: &grid)
        default:
            guard let message = state.message else { return }
            grid.put(context.fit(message.text, columns), row: row, column: 0, role: message.role)
        }
    }

    /// A one-line text entry: the prompt character, the end of the text (so the cursor stays visible), the cursor.
    static func drawInputLine(
        _ lead: String, _ text: String, row: Int, _ context: RenderContext, on grid: inout ScreenGrid
    ) {
        let columns = context.state.size.columns
        let room = columns - DisplayWidth.of(lead) - 1
        var shown = text
        while DisplayWidth.of(shown) > room { shown.removeFirst() }
        let used = grid.put(lead + shown, row: row, column: 0, role: .input)
        grid.put(" ", row: row, column: used, role: .selected)
    }
}

/// What every part of the render needs: the state, the layout, the glyphs.
struct RenderContext {
    let state: AppState
    let layout: Layout
    let glyphs: Glyphs

    init(state: AppState, layout: Layout) {
        self.state = state
        self.layout = layout
        glyphs = Glyphs.forUnicode(state.settings.unicode)
    }

    /// Text truncated to `width` cells with this terminal's ellipsis.
    func fit(_ text: String, _ width: Int) -> String {
        DisplayWidth.truncate(text, to: width, ellipsis: glyphs.ellipsis)
    }

    /// Text padded or truncated to exactly `width` cells.
    func pad(_ text: String, _ width: Int) -> String {
        DisplayWidth.pad(text, to: width, ellipsis: glyphs.ellipsis)
    }

    /// A time of day in the configured zone.
    func clock(_ date: Date, seconds: Bool = false) -> String {
        state.settings.timeZone.clock(date, seconds: seconds)
    }
}
