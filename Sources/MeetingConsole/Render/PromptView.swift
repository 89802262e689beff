import MeetingKit

/// Forms and questions, drawn as a box over the list. Every question names the room and the
/// meeting it is about, so nothing is confirmed blind.
enum PromptView {
    /// One line of a box.
    struct Line {
        var text: String
        var role: Role = .normal
        /// The cell after the text is drawn as the cursor.
        var cursor = false
    }

    static func draw(_ prompt: Prompt, _ context: RenderContext, on grid: inout ScreenGrid) {
        let lines: [Line]
        let title: String
        switch prompt {
        case .filter, .command:
            return
        case .inviteForm(let form):
            title = "Invite a room system"
            lines = inviteForm(form, context)
        case .confirmInvite(let order):
            title = order.whenLive ? "Confirm invite when the meeting starts" : "Confirm invite"
            let waits = Line(
                text:
                    "Waits up to \(DurationText.spoken(MeetingStartWaiter.defaultWait)) for it to start; nothing is sent before.",
                role: .dim)
            lines = callConfirmation(
                "Call \(order.roomLabel) (\(order.target))", into: order.meeting.label,
                note: order.whenLive ? waits : nil)
        case .confirmInvites(let orders):
            title = "Confirm \(orders.count) invites"
            var confirmation = callConfirmation(
                "Call these \(orders.count) rooms, each verified on its own,", into: orders[0].meeting.label)
            confirmation.insert(contentsOf: orders.map { Line(text: "  \($0.roomLabel) (\($0.target))") }, at: 1)
            lines = confirmation
        case .phoneForm(let form):
            title = "Phone call-out"
            lines = phoneForm(form, context)
        case .confirmPhone(let meeting, let callout):
            title = "Confirm phone call-out"
            let pressOneOff = Line(text: "Press-1 is off: an answering machine would join the meeting.", role: .warning)
            lines = callConfirmation(
                "Call \(callout.inviteeName) at \(callout.phoneNumber)", into: meeting.label,
                note: callout.requirePressingOne ? nil : pressOneOff)
        case .recordingMenu(let meeting):
            title = "Cloud recording"
            lines =
                [Line(text: "Recording of \(meeting.label):")]
                + PromptKeys.recordingKeys.map { Line(text: "  \($0.key)  \($0.action.rawValue)") }
                + [Line(text: "any other key: cancel", role: .dim)]
        case .confirmRecording(let meeting, let action):
            title = "Confirm recording \(action.rawValue)"
            lines = [
                Line(text: "\(action.rawValue.capitalizedFirst) the cloud recording of"),
                Line(text: "\(meeting.label)?"),
                Line(text: ""),
                Line(text: "y or Enter: \(action.rawValue)    any other key: cancel", role: .dim),
            ]
        case .endMeeting(let meeting, let typed):
            title = "End meeting"
            lines = [
                Line(text: "End \(meeting.label) for everyone?", role: .warning),
                Line(text: "Type the meeting ID (\(meeting.reference)) or yes, then Enter."),
                Line(text: ""),
                Line(text: "> " + typed, role: .input, cursor: true),
                Line(text: "Esc: cancel", role: .dim),
            ]
        case .confirmQuit:
            title = "Quit?"
            let quitKey = context.state.settings.keymap.primaryKey(
                .quit, on: context.state.screen, readOnly: context.state.settings.readOnly)
            lines = [
                Line(text: calloutsInProgress(context.state), role: .warning),
                Line(text: "Quitting stops watching them: the console will not show whether they joined."),
                Line(text: ""),
                Line(
                    text: "y, Enter"
                        + (quitKey.map { " or \($0.label(unicode: context.state.settings.unicode))" } ?? "")
                        + ": quit    any other key: stay", role: .dim),
            ]
        case .dialIn(let meeting, let address, let received):
            title = "Dial-in address"
            lines =
                [
                    Line(text: "For \(meeting.label):"),
                    Line(text: address.uri, role: .success),
                ]
                + (address.validity(receivedAt: received).map { [Line(text: $0)] } ?? [])
                + [
                    Line(text: "Have the room system dial this address (SIP): it joins by itself,"),
                    Line(text: "no call-out and no admin scope needed."),
                    Line(text: ""),
                    Line(text: "any key: close (the address stays in the log)", role: .dim),
                ]
        }
        drawBox(title: title, lines: lines, context, on: &grid)
    }

    /// How many call-outs are still being verified, as a sentence.
    static func calloutsInProgress(_ state: AppState) -> String {
        switch state.calloutsInProgress {
        case 0: return "Every call-out has finished."
        case 1: return "1 call-out is still being verified."
        case let count: return "\(count) call-outs are still being verified."
        }
    }

    /// The lines of a call confirmation: who is called, into which meeting, a note if any, and the keys.
    private static func callConfirmation(_ call: String, into meeting: String, note: Line? = nil) -> [Line] {
        [Line(text: call), Line(text: "into \(meeting)?")] + [note].compactMap { $0 }
            + [Line(text: ""), Line(text: "y or Enter: call    any other key: cancel", role: .dim)]
    }

    private static func inviteForm(_ form: InviteForm, _ context: RenderContext) -> [Line] {
        let rooms = context.state.settings.rooms
        let marker = { (field: InviteForm.Field) in form.focus == field ? "> " : "  " }
        let types = RoomSystemCallType.allCases.map {
            $0 == form.callType ? "[\($0.displayName)]" : " \($0.displayName) "
        }
        var lines = [
            Line(text: "into \(form.meeting.label)", role: .dim),
            Line(
                text: marker(.callType) + "Type:    " + types.joined(separator: " "),
                role: form.focus == .callType ? .input : .normal),
            Line(
                text: marker(.address) + "Address: " + form.address, role: form.focus == .address ? .input : .normal,
                cursor: form.focus == .address),
        ]
        if let problem = form.addressProblem {
            lines.append(Line(text: "           " + problem, role: .error))
            if let saved = rooms.named(form.address) {
                lines.append(
                    Line(
                        text: "           did you mean the saved room \(saved.name)? Tab to Saved rooms", role: .warning
                    ))
            }
        } else if !form.address.isEmpty, case .success(let target) = form.checkedAddress {
            lines.append(Line(text: "           \(context.glyphs.check) \(target.address)", role: .success))
        } else {
            lines.append(
                Line(
                    text: form.callType == .sip
                        ? "           e.g. sip:room@example.com" : "           e.g. 192.0.2.10 or room.example.com",
                    role: .dim))
        }
        lines.append(
            Line(
                text: marker(.displayName) + "Name:    " + form.displayName,
                role: form.focus == .displayName ? .input : .normal, cursor: form.focus == .displayName))
        if let problem = form.displayNameProblem {
            lines.append(Line(text: "           " + problem, role: .error))
        }
        if !rooms.isEmpty {
            lines.append(
                Line(
                    text: marker(.rooms) + "Saved rooms (Tab here, "
                        + (context.state.settings.unicode ? "↑↓" : "Up/Down")
                        + ", Space marks, Enter):"))
            for (index, room) in rooms.enumerated() {
                let quick = room.quickKey.map { "\($0)" } ?? " "
                let highlighted = form.focus == .rooms && index == form.roomIndex
                let mark = form.marked.contains(index) ? "[x]" : "[ ]"
                lines.append(
                    Line(
                        text: "  \(mark) \(quick) \(room.name)  \(room.callType.displayName) \(room.address)",
                        role: highlighted ? .selected : .normal))
            }
        }
        return lines
    }

    private static func phoneForm(_ form: PhoneForm, _ context: RenderContext) -> [Line] {
        let marker = { (field: PhoneForm.Field) in form.focus == field ? "> " : "  " }
        let role = { (field: PhoneForm.Field) -> Role in form.focus == field ? .input : .normal }
        let box = { (on: Bool) in on ? "[x]" : "[ ]" }
        var lines = [
            Line(text: "into \(form.meeting.label)", role: .dim),
            Line(text: marker(.name) + "Name:   " + form.name, role: role(.name), cursor: form.focus == .name),
            Line(text: marker(.number) + "Number: " + form.number, role: role(.number), cursor: form.focus == .number),
        ]
        if let problem = form.problem {
            lines.append(Line(text: "          " + problem, role: form.number.isEmpty ? .dim : .error))
        } else if let callout = form.callout {
            lines.append(Line(text: "          \(context.glyphs.check) \(callout.phoneNumber)", role: .success))
        }
        lines.append(
            Line(text: marker(.greeting) + box(form.requireGreeting) + " Zoom greets the callee", role: role(.greeting))
        )
        lines.append(
            Line(
                text: marker(.pressOne) + box(form.requirePressingOne)
                    + " Callee presses 1 to join (keeps voicemail out)",
                role: role(.pressOne)))
        return lines
    }

    /// A bordered box centred over the list area, as tall as its lines (clipped to the area).
    private static func drawBox(title: String, lines: [Line], _ context: RenderContext, on grid: inout ScreenGrid) {
        let columns = context.state.size.columns
        let areaTop = context.layout.titleRow + 1
        let areaBottom = context.layout.messageRow - 1
        let width = min(columns - 2, 76)
        let inner = width - 4
        let wrapped = lines.flatMap { line in
            TextFormat.wrap(line.text, width: inner - (line.cursor ? 1 : 0)).map {
                Line(text: $0, role: line.role, cursor: line.cursor)
            }
            .orIfEmpty(Line(text: "", role: line.role, cursor: line.cursor))
        }
        let height = min(wrapped.count + 2, areaBottom - areaTop + 1)
        let top = areaTop + max(0, (areaBottom - areaTop + 1 - height) / 2)
        let left = (columns - width) / 2
        let glyphs = context.glyphs
        let rule = String(repeating: glyphs.horizontal, count: width - 2)
        let heading = DisplayWidth.truncate(" \(title) ", to: width - 4, ellipsis: glyphs.ellipsis)
        grid.put(glyphs.corners[0] + rule + glyphs.corners[1], row: top, column: left, role: .border)
        grid.put(heading, row: top, column: left + 2, role: .title)
        for offset in 0..<(height - 2) {
            let y = top + 1 + offset
            grid.put(
                glyphs.vertical + String(repeating: " ", count: width - 2) + glyphs.vertical, row: y, column: left,
                role: .border)
            let line = wrapped[offset]
            let used = grid.put(line.text, row: y, column: left + 2, role: line.role, limit: inner)
            if line.cursor { grid.put(" ", row: y, column: left + 2 + used, role: .selected) }
        }
        grid.put(glyphs.corners[2] + rule + glyphs.corners[3], row: top + height - 1, column: left, role: .border)
    }
}

extension Array {
    /// The array, or a single element when it is empty.
    fileprivate func orIfEmpty(_ element: Element) -> [Element] {
        isEmpty ? [element] : self
    }
}
