import MeetingKit

/// The bottom line, htop-style: the keys that work right now, each with a word.
enum KeyBar {
    static func draw(_ context: RenderContext, on grid: inout ScreenGrid) {
        let row = context.layout.keyBarRow
        let columns = context.state.size.columns
        grid.fill(row: row, from: 0, to: columns, role: .keyBarLabel)
        var column = 0
        for (key, label) in items(context) {
            let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(label)
            guard column + width <= columns else { break }
            column += grid.put(key, row: row, column: column, role: .keyBarKey)
            column += grid.put(" " + label + " ", row: row, column: column, role: .keyBarLabel, limit: columns - column)
        }
    }

    /// The key bar's items: key label and word.
    static func items(_ context: RenderContext) -> [(String, String)] {
        let state = context.state
        let unicode = state.settings.unicode
        if let prompt = state.prompt { return promptItems(prompt, context) }
        let screen = state.screen
        let entries = state.settings.keymap.entries(on: screen, readOnly: state.settings.readOnly)
        // Help, going back and quitting first: they must never be what falls off a narrow screen.
        let essential: [KeyAction] = [.help, .back, .open, .quit]
        let ordered =
            essential.compactMap { action in entries.first { $0.action == action } }
            + entries.filter { !essential.contains($0.action) }
        return ordered.compactMap { entry in
            guard let label = entry.action.keyBarLabel, let key = entry.keys.first else { return nil }
            if entry.action == .back, screen == .meetings, state.meetings.cursor.filter.isEmpty { return nil }
            return (key.label(unicode: unicode), label)
        }
    }

    private static func promptItems(_ prompt: Prompt, _ context: RenderContext) -> [(String, String)] {
        switch prompt {
        case .filter:
            return [("Enter", "Keep"), ("Esc", "Clear"), (context.state.settings.unicode ? "↑↓" : "Up/Dn", "Move")]
        case .command: return [("Enter", "Run"), ("Esc", "Cancel")]
        case .inviteForm(let form) where form.focus == .rooms:
            return [
                ("Tab", "Next"), ("Space", "Mark"), ("Enter", form.marked.isEmpty ? "Confirm" : "Call marked"),
                ("Esc", "Cancel"),
            ]
        case .inviteForm:
            return [
                ("Tab", "Next"), (context.state.settings.unicode ? "←→" : "L/R", "SIP/H.323"), ("Enter", "Confirm"),
                ("Esc", "Cancel"),
            ]
        case .phoneForm: return [("Tab", "Next"), ("Space", "Toggle"), ("Enter", "Confirm"), ("Esc", "Cancel")]
        case .confirmInvite, .confirmInvites, .confirmPhone, .confirmRecording: return [("y", "Yes"), ("other", "No")]
        case .recordingMenu:
            return PromptKeys.recordingKeys.map { (String($0.key), $0.action.rawValue.capitalizedFirst) } + [
                ("other", "Cancel")
            ]
        case .endMeeting: return [("Enter", "End"), ("Esc", "Cancel")]
        case .confirmQuit: return [("y", "Quit"), ("other", "Stay")]
        case .dialIn: return [("any key", "Close")]
        }
    }
}
