import MeetingKit
import PlainText

/// Keys while a prompt is open: text lines, forms and questions. Their editing keys are fixed
/// (Enter, Esc, Tab, Backspace, arrows) because every printable key is text there.
enum PromptKeys {
    static func handle(_ key: KeyPress, in state: inout AppState) -> [Effect] {
        guard let prompt = state.prompt else { return [] }
        switch prompt {
        case .filter:
            return filterKey(key, in: &state)
        case .command(let text):
            return commandKey(key, text: text, in: &state)
        case .inviteForm(let form):
            return inviteFormKey(key, form: form, in: &state)
        case .confirmInvite(let order):
            state.prompt = nil
            guard isYes(key) else { return cancelled(&state) }
            return Reducer.startInvite(order, in: &state)
        case .confirmInvites(let orders):
            state.prompt = nil
            guard isYes(key) else { return cancelled(&state) }
            return Reducer.startInvites(orders, in: &state)
        case .phoneForm(let form):
            return phoneFormKey(key, form: form, in: &state)
        case .confirmPhone(let meeting, let callout):
            state.prompt = nil
            guard isYes(key) else { return cancelled(&state) }
            return Reducer.sendControl(.phoneCallout(callout), to: meeting, in: &state)
        case .recordingMenu(let meeting):
            return recordingMenuKey(key, meeting: meeting, in: &state)
        case .confirmRecording(let meeting, let action):
            state.prompt = nil
            guard isYes(key) else { return cancelled(&state) }
            return Reducer.sendControl(.recording(action), to: meeting, in: &state)
        case .endMeeting(let meeting, let typed):
            return endMeetingKey(key, meeting: meeting, typed: typed, in: &state)
        case .confirmQuit(let resuming):
            state.prompt = resuming
            guard isYes(key) || Reducer.isQuitKey(key, in: state) else {
                state.message = StatusMessage("Still watching the call-outs", role: .dim)
                return []
            }
            return Reducer.quitNow(&state)
        case .dialIn:
            // The address stays in the log pane; any key closes the box.
            state.prompt = nil
            return []
        }
    }

    /// The recording menu's keys and what they ask for.
    static let recordingKeys: [(key: Character, action: InMeetingEvent.RecordingAction)] = [
        ("s", .start), ("t", .stop), ("p", .pause), ("u", .resume),
    ]

    // MARK: - Text lines

    /// Applies a typing key to a text; returns whether the key was one.
    private static func edit(_ text: inout String, with key: KeyPress) -> Bool {
        switch key {
        case .character(let character):
            text.append(character)
            return true
        case .backspace, .delete:
            if !text.isEmpty { text.removeLast() }
            return true
        default:
            return false
        }
    }

    private static func filterKey(_ key: KeyPress, in state: inout AppState) -> [Effect] {
        switch key {
        case .enter:
            state.prompt = nil
        case .escape:
            state.prompt = nil
            setFilter("", in: &state)
        case .up, .down, .pageUp, .pageDown:
            let movement: KeyAction =
                key == .up ? .moveUp : key == .down ? .moveDown : key == .pageUp ? .pageUp : .pageDown
            return Reducer.perform(movement, in: &state)
        default:
            var text = state.participants?.cursor.filter ?? state.meetings.cursor.filter
            if edit(&text, with: key) { setFilter(text, in: &state) }
        }
        return []
    }

    private static func setFilter(_ text: String, in state: inout AppState) {
        if state.participants != nil {
            state.participants?.cursor.filter = text
            state.participants?.cursor.index = 0
        } else {
            state.meetings.cursor.filter = text
            state.meetings.cursor.index = 0
        }
        Reducer.rescroll(&state)
    }

    private static func commandKey(_ key: KeyPress, text: String, in state: inout AppState) -> [Effect] {
        switch key {
        case .enter:
            state.prompt = nil
            return ColonCommand.run(text, in: &state)
        case .escape:
            state.prompt = nil
        case .backspace where text.isEmpty:
            state.prompt = nil
        default:
            var edited = text
            if edit(&edited, with: key) { state.prompt = .command(edited) }
        }
        return []
    }

    // MARK: - Forms

    private static func inviteFormKey(_ key: KeyPress, form: InviteForm, in state: inout AppState) -> [Effect] {
        var form = form
        let rooms = state.settings.rooms
        switch key {
        case .escape:
            return cancelled(&state)
        case .tab:
            form.moveFocus(forward: true, hasRooms: !rooms.isEmpty)
        case .backTab:
            form.moveFocus(forward: false, hasRooms: !rooms.isEmpty)
        case .up where form.focus == .rooms:
            form.roomIndex = max(0, form.roomIndex - 1)
        case .down where form.focus == .rooms:
            form.roomIndex = min(rooms.count - 1, form.roomIndex + 1)
        case .up:
            form.moveFocus(forward: false, hasRooms: !rooms.isEmpty)
        case .down:
            form.moveFocus(forward: true, hasRooms: !rooms.isEmpty)
        case .left where form.focus == .callType, .right where form.focus == .callType,
            .character(" ") where form.focus == .callType:
            form.callType = form.callType == .sip ? .h323 : .sip
        case .character(" ") where form.focus == .rooms:
            guard rooms.indices.contains(form.roomIndex) else { return [] }
            form.toggleMark()
        case .enter where form.focus == .rooms && !form.marked.isEmpty:
            switch form.markedOrders(from: rooms) {
            case .success(let orders):
                state.prompt = .confirmInvites(orders)
            case .failure(let error):
                state.message = StatusMessage(error.description, role: .error)
            }
            return []
        case .enter where form.focus == .rooms:
            guard rooms.indices.contains(form.roomIndex) else { return [] }
            state.prompt = nil
            return Reducer.confirmRoom(rooms[form.roomIndex], in: &state)
        case .enter:
            switch form.order {
            case .success(let order):
                state.prompt = .confirmInvite(order)
            case .failure(let error):
                state.message = StatusMessage(error.description, role: .error)
            }
            return []
        default:
            switch form.focus {
            case .address: _ = edit(&form.address, with: key)
            case .displayName: _ = edit(&form.displayName, with: key)
            case .callType, .rooms:
                // No text is typed here, so the quit key quits, as it does in the lists.
                if Reducer.isQuitKey(key, in: state) { return Reducer.perform(.quit, in: &state) }
            }
        }
        state.prompt = .inviteForm(form)
        return []
    }

    private static func phoneFormKey(_ key: KeyPress, form: PhoneForm, in state: inout AppState) -> [Effect] {
        var form = form
        switch key {
        case .escape:
            return cancelled(&state)
        case .tab, .down:
            form.moveFocus(forward: true)
        case .backTab, .up:
            form.moveFocus(forward: false)
        case .enter:
            guard let callout = form.callout else {
                state.message = StatusMessage("Phone call-out: \(form.problem ?? "")", role: .error)
                return []
            }
            state.prompt = .confirmPhone(form.meeting, callout)
            return []
        case .left, .right:
            _ = form.toggleFocused()
        case .character(" ") where form.focus == .greeting || form.focus == .pressOne:
            _ = form.toggleFocused()
        default:
            switch form.focus {
            case .name: _ = edit(&form.name, with: key)
            case .number: _ = edit(&form.number, with: key)
            case .greeting, .pressOne: break
            }
        }
        state.prompt = .phoneForm(form)
        return []
    }

    private static func recordingMenuKey(_ key: KeyPress, meeting: MeetingTarget, in state: inout AppState) -> [Effect]
    {
        guard case .character(let character) = key, let choice = recordingKeys.first(where: { $0.key == character })
        else {
            return cancelled(&state)
        }
        state.prompt = .confirmRecording(meeting, choice.action)
        return []
    }

    private static func endMeetingKey(_ key: KeyPress, meeting: MeetingTarget, typed: String, in state: inout AppState)
        -> [Effect]
    {
        switch key {
        case .escape:
            return cancelled(&state)
        case .enter:
            guard confirmsEnd(typed, of: meeting) else {
                state.message = StatusMessage(
                    "Type the meeting ID (\(meeting.reference)) or yes to end it; Esc cancels", role: .warning)
                return []
            }
            state.prompt = nil
            return Reducer.sendControl(.endMeeting, to: meeting, in: &state)
        default:
            var edited = typed
            if edit(&edited, with: key) { state.prompt = .endMeeting(meeting, typed: edited) }
            return []
        }
    }

    /// Whether the typed text confirms ending the meeting: `yes`, or its ID (spaces and dashes allowed).
    static func confirmsEnd(_ typed: String, of meeting: MeetingTarget) -> Bool {
        let text = typed.trimmingSpaces()
        if text.lowercased() == "yes" { return true }
        guard !text.isEmpty, let reference = try? MeetingReference(parsing: text) else { return false }
        return reference == meeting.reference
    }

    // MARK: - Questions

    private static func isYes(_ key: KeyPress) -> Bool {
        key == .character("y") || key == .character("Y") || key == .enter
    }

    private static func cancelled(_ state: inout AppState) -> [Effect] {
        state.prompt = nil
        state.message = StatusMessage("Cancelled", role: .dim)
        return []
    }
}
