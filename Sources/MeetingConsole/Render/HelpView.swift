import MeetingKit

/// The help screen: every key of the view it was opened from, drawn from the keymap that
/// dispatches them, plus the saved rooms' quick keys. Fits 80x24.
enum HelpView {
    static func draw(_ context: RenderContext, on grid: inout ScreenGrid) {
        let state = context.state
        let columns = state.size.columns
        let view: Screen = state.participants == nil ? .meetings : .participants
        grid.put(
            context.fit("Help: keys of the \(view.rawValue) view (Esc closes; config [keys] sets them)", columns),
            row: context.layout.titleRow, column: 0, role: .title)
        let lines = self.lines(for: view, context)
        let rows = context.layout.messageRow - context.layout.headerRow
        let halves = lines.count > rows ? 2 : 1
        let width = columns / halves
        for (index, line) in lines.enumerated() {
            let column = (index / rows) * width
            let y = context.layout.headerRow + index % rows
            guard index / rows < halves else { break }
            grid.put(context.pad(line.keys, 10), row: y, column: column, role: .header, limit: width)
            grid.put(context.fit(line.text, width - 11), row: y, column: column + 11, role: .normal)
        }
    }

    /// The help lines of a view: keys and what they do.
    static func lines(for view: Screen, _ context: RenderContext) -> [(keys: String, text: String)] {
        let settings = context.state.settings
        var lines = settings.keymap.entries(on: view, readOnly: settings.readOnly).map { entry in
            (
                entry.keys.map { $0.label(unicode: settings.unicode) }.joined(separator: " "),
                entry.action.summary(on: view)
            )
        }
        let rooms = settings.rooms.filter { $0.quickKey != nil }.sorted { ($0.quickKey ?? 0) < ($1.quickKey ?? 0) }
        if !settings.readOnly, !rooms.isEmpty {
            let list = rooms.map { "\($0.quickKey ?? 0) \($0.name)" }.joined(separator: ", ")
            lines.append(("1-9", "call out a saved room: \(list)"))
        }
        return lines
    }
}
