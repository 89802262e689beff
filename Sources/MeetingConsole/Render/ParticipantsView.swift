import MeetingKit

/// The participants view: who is in the selected meeting, who is waiting, and (on request) who left.
enum ParticipantsView {
    static func draw(_ list: ParticipantsList, _ context: RenderContext, on grid: inout ScreenGrid) {
        let layout = context.layout
        let columns = context.state.size.columns
        grid.put(context.fit(title(list, context), columns), row: layout.titleRow, column: 0, role: .title)

        if case .notPermitted(let reason, let fix) = list.problem {
            var y = layout.listTop
            for (text, role) in [(reason, Role.warning), (fix, Role.normal)] {
                for line in TextFormat.wrap(text, width: columns - 2) where y < layout.listTop + layout.listRows {
                    grid.put(line, row: y, column: 2, role: role)
                    y += 1
                }
                y += 1
            }
            return
        }

        let widths = columnWidths(columns)
        grid.put(
            MeetingsView.row(["Name", "Status", "Device", "Joined"], widths: widths, context),
            row: layout.headerRow, column: 0, role: .header)
        let visible = list.visible
        if visible.isEmpty {
            grid.put(context.fit(emptyText(list, context), columns), row: layout.listTop, column: 0, role: .dim)
            return
        }
        for visibleRow in list.cursor.visibleRows(of: visible, fitting: layout.listRows) {
            let person = visibleRow.element
            let y = layout.listTop + visibleRow.offset
            let (status, role) = statusText(person)
            let joined = person.joinTime.map { context.clock($0) } ?? "-"
            let text = MeetingsView.row([person.name, status, person.device ?? "", joined], widths: widths, context)
            grid.put(text, row: y, column: 0, role: visibleRow.isSelected ? .selected : role)
        }
    }

    /// The status column and the row's role: waiting-room rows stand out, people who left are dimmed.
    static func statusText(_ person: Participant) -> (String, Role) {
        if !person.isPresent { return ("left", .dim) }
        switch person.status {
        case .inMeeting: return ("in meeting", .normal)
        case .inWaitingRoom: return ("WAITING ROOM", .warning)
        }
    }

    private static func title(_ list: ParticipantsList, _ context: RenderContext) -> String {
        let counts = list.counts
        var parts = [list.meeting.label]
        if list.problem == nil || !list.items.isEmpty {
            var summary = "\(counts.inMeeting) in, \(counts.waiting) waiting"
            summary += ", \(counts.left) left" + (list.showLeft ? "" : " hidden")
            parts.append(summary)
        }
        if !list.cursor.filter.isEmpty { parts.append("filter: \(list.cursor.filter)") }
        parts += RefreshLabel.parts(
            loading: list.loading, showsProgress: list.showsProgress, lastRefresh: list.lastRefresh,
            interval: list.refreshInterval(context.state.settings.refresh), stalePrefix: "updated", context)
        return parts.joined(separator: " \(context.glyphs.vertical) ")
    }

    private static func emptyText(_ list: ParticipantsList, _ context: RenderContext) -> String {
        if case .failed(let reason) = list.problem { return "Could not load participants: \(reason)" }
        if list.loading, list.items.isEmpty { return "Loading participants\(context.glyphs.ellipsis)" }
        if !list.cursor.filter.isEmpty { return "Nobody matches \"\(list.cursor.filter)\" (Esc clears the filter)" }
        if list.counts.left > 0, !list.showLeft {
            let settings = context.state.settings
            let key = settings.keymap.primaryKey(.showLeft, on: .participants, readOnly: settings.readOnly)
            let hint = key.map { " (\($0.label(unicode: settings.unicode)) shows them)" } ?? ""
            return "Nobody is in the meeting now; \(list.counts.left) left\(hint)"
        }
        return "Nobody is in the meeting."
    }

    private static func columnWidths(_ columns: Int) -> [Int] {
        let fixed = [12, 6]
        let spare = max(10, columns - fixed.reduce(0, +) - 3)
        let name = spare * 3 / 5
        return [name, 12, spare - name, 6]
    }
}
