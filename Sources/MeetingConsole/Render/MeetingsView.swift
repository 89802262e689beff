import MeetingKit

/// The meetings view: every live meeting the credentials can see, one per row.
enum MeetingsView {
    static func draw(_ list: MeetingsList, _ context: RenderContext, on grid: inout ScreenGrid) {
        let layout = context.layout
        let columns = context.state.size.columns
        grid.put(context.fit(title(list, context), columns), row: layout.titleRow, column: 0, role: .title)

        let widths = columnWidths(columns)
        let header = row(
            ["Topic", "ID", "Host", "Start", "People", "SIP"], widths: widths, context,
            rightAligned: [4])
        grid.put(header, row: layout.headerRow, column: 0, role: .header)

        let visible = list.visible
        if visible.isEmpty {
            grid.put(context.fit(emptyText(list, context), columns), row: layout.listTop, column: 0, role: .dim)
            return
        }
        for visibleRow in list.cursor.visibleRows(of: visible, fitting: layout.listRows) {
            let meeting = visibleRow.element
            let y = layout.listTop + visibleRow.offset
            let started = meeting.startTime.map { context.clock($0) } ?? "-"
            let people = meeting.participantCount.map(String.init) ?? "-"
            let sip = meeting.hasSIP == true ? context.glyphs.sipMark : ""
            let host = meeting.hostName ?? meeting.hostEmail ?? meeting.hostID ?? ""
            let text = row(
                [meeting.topic, MeetingReference.grouped(meeting.id), host, started, people, sip],
                widths: widths, context, rightAligned: [4])
            grid.put(text, row: y, column: 0, role: visibleRow.isSelected ? .selected : .normal)
            if visibleRow.isSelected { grid.fill(row: y, from: 0, to: columns, role: .selected) }
        }
    }

    private static func title(_ list: MeetingsList, _ context: RenderContext) -> String {
        let more = list.nextPageToken == nil ? "" : "+"
        var parts = [
            "Meetings (\(list.visible.count)\(list.cursor.filter.isEmpty ? more : " of \(list.items.count)\(more)"))"
        ]
        switch list.source {
        case .account: parts.append("all of the account")
        case .user: parts.append(userListLabel)
        case nil: break
        }
        if !list.cursor.filter.isEmpty { parts.append("filter: \(list.cursor.filter)") }
        if list.loadingMore { parts.append("loading more\(context.glyphs.ellipsis)") }
        parts += RefreshLabel.parts(
            loading: list.loading, showsProgress: list.showsProgress, lastRefresh: list.lastRefresh,
            interval: list.refreshInterval(context.state.settings.refresh), stalePrefix: "refreshed", context)
        return parts.joined(separator: " \(context.glyphs.vertical) ")
    }

    private static func emptyText(_ list: MeetingsList, _ context: RenderContext) -> String {
        if list.items.isEmpty, list.loading { return "Loading live meetings\(context.glyphs.ellipsis)" }
        if list.items.isEmpty, let error = list.error { return "No meetings: \(error)" }
        if !list.items.isEmpty { return "No meeting matches \"\(list.cursor.filter)\" (Esc clears the filter)" }
        if list.source == .user {
            return
                "None of your scheduled meetings is live. Instant meetings are never in this list: :meeting ID opens one."
        }
        return "No live meetings right now."
    }

    /// What the title says of the user's own list: Zoom leaves instant meetings out of it.
    static let userListLabel = "your scheduled meetings (instant ones are not listed: :meeting ID)"

    /// Topic and host share what the fixed columns leave. (No running duration column: it would
    /// change every minute and repaint every row of an otherwise idle screen.)
    private static func columnWidths(_ columns: Int) -> [Int] {
        let fixed = [13, 5, 6, 3]
        let spare = max(10, columns - fixed.reduce(0, +) - 5)
        let topic = spare * 3 / 5
        return [topic, 13, spare - topic, 5, 6, 3]
    }

    /// Cells padded to their widths and joined with single spaces.
    static func row(_ cells: [String], widths: [Int], _ context: RenderContext, rightAligned: Set<Int> = []) -> String {
        zip(cells, widths).enumerated().map { index, pair in
            rightAligned.contains(index)
                ? DisplayWidth.padLeft(pair.0, to: pair.1, ellipsis: context.glyphs.ellipsis)
                : context.pad(pair.0, pair.1)
        }.joined(separator: " ")
    }
}
