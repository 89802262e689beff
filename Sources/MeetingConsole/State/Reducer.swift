import FoundationEssentials
import MeetingKit

/// The console's logic: a pure function from the state and an action to the new state and the
/// work to do. No terminal, no network, no clock (the time is `AppState.now`).
enum Reducer {
    /// The work to do when the console opens: who is signed in (when unknown and there is a user
    /// to ask about) and the first page of the meeting list. Scope warnings go to the log, where the
    /// ones the status bar has no room for can be read.
    static func start(_ state: inout AppState) -> [Effect] {
        for warning in ScopeWarnings.list(for: state.identity.scopes, readOnly: state.settings.readOnly) {
            state.report(warning, role: .warning)
        }
        state.meetings.loading = true
        state.meetings.showsProgress = true
        var effects: [Effect] = []
        if state.identity.userName == nil {
            if state.identity.user.userID == nil {
                state.report(ActingUser.missingExplanation, role: .warning)
            } else {
                effects.append(.loadIdentity)
            }
        }
        effects.append(.refreshMeetings(pages: 1))
        return effects
    }

    /// Applies one action.
    static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            return handleKey(key, in: &state) + nextMeetingsPageIfNeeded(&state)
        case .resized(let size):
            state.size = size
            rescroll(&state)
            return []
        case .tick:
            return refreshIfDue(&state)
        case .identityLoaded(let user):
            state.identity.userName = user.displayName
            return []
        case .identityFailed(let reason):
            state.report("Could not read the signed-in user: \(reason)", role: .warning)
            return []
        case .meetingsLoaded(let meetings, let source, let nextPageToken, let note):
            meetingsLoaded(meetings, source: source, nextPageToken: nextPageToken, note: note, in: &state)
            return nextMeetingsPageIfNeeded(&state)
        case .meetingsFailed(let reason):
            state.meetings.loading = false
            state.meetings.showsProgress = false
            state.meetings.error = reason
            state.meetings.nextRefresh = state.now.addingTimeInterval(
                state.meetings.refreshInterval(state.settings.refresh))
            state.report("Refreshing meetings failed: \(reason)", role: .error)
            return []
        case .moreMeetingsLoaded(let meetings, let nextPageToken):
            moreMeetingsLoaded(meetings, nextPageToken: nextPageToken, in: &state)
            return nextMeetingsPageIfNeeded(&state)
        case .moreMeetingsFailed(let reason):
            state.meetings.loadingMore = false
            state.meetings.nextPageToken = nil
            state.report("Loading more meetings failed: \(reason) (r reloads the list)", role: .error)
            return []
        case .meetingChecked(let reference, let check):
            return meetingChecked(reference, check, in: &state)
        case .participantsLoaded(let reference, let people):
            participantsLoaded(people, of: reference, in: &state)
            return []
        case .participantsFailed(let reference, let problem):
            participantsFailed(problem, of: reference, in: &state)
            return []
        case .controlAnswered(let ticket, let answer):
            controlAnswered(ticket: ticket, answer, in: &state)
            return []
        case .inviteProgressed(let ticket, let stage):
            inviteProgressed(ticket: ticket, stage, in: &state)
            guard case .finished(let verdict) = stage, verdict.outcome == .joined else { return [] }
            return RoomKeeping.joined(ticket: ticket, in: state)
        case .keepProgressed(let ticket, let keep):
            RoomKeeping.progressed(ticket: ticket, keep, in: &state)
            return []
        case .auditNotWritten(let warning):
            state.appendLog(.message(StatusMessage(warning, role: .error)))
            return []
        case .dialInLoaded(let meeting, let address, let received):
            let validity = address.validity(receivedAt: received).map { " (\($0))" } ?? ""
            state.report("Dial-in address for \(meeting.label): \(address.uri)\(validity)", role: .success)
            if state.prompt == nil { state.prompt = .dialIn(meeting, address, receivedAt: received) }
            return []
        case .dialInFailed(let meeting, let reason):
            state.report("No dial-in address for \(meeting.label): \(reason)", role: .error)
            return []
        }
    }

    // MARK: - Keys

    private static func handleKey(_ key: KeyPress, in state: inout AppState) -> [Effect] {
        // A screen too small to show anything takes only the quit key: nothing happens unseen.
        guard state.size.isLargeEnough else {
            guard isQuitKey(key, in: state) else { return [] }
            if case .confirmQuit = state.prompt { return quitNow(&state) }
            return perform(.quit, in: &state)
        }
        if state.prompt != nil { return PromptKeys.handle(key, in: &state) }
        if case .character(let character) = key, let digit = character.wholeNumberValue, (1...9).contains(digit),
            state.screen != .help
        {
            return quickKey(digit, in: &state)
        }
        let keymap = state.settings.keymap
        guard let action = keymap.action(for: key, on: state.screen, readOnly: state.settings.readOnly) else {
            explainUnboundKey(key, in: &state)
            return []
        }
        return perform(action, in: &state)
    }

    private static func explainUnboundKey(_ key: KeyPress, in state: inout AppState) {
        let keymap = state.settings.keymap
        if state.settings.readOnly, let action = keymap.action(for: key, on: state.screen, readOnly: false),
            action.changesMeeting
        {
            state.message = StatusMessage(
                "Read-only mode: \(action.summary(on: state.screen)) is disabled", role: .warning)
            return
        }
        let helpKey = keymap.primaryKey(.help, on: state.screen, readOnly: state.settings.readOnly)
        let hint = helpKey.map { " (\($0.label(unicode: state.settings.unicode)) lists the keys)" } ?? ""
        state.message = StatusMessage(
            "\(key.label(unicode: state.settings.unicode)) does nothing here\(hint)", role: .dim)
    }

    /// Performs what a key asked for.
    static func perform(_ action: KeyAction, in state: inout AppState) -> [Effect] {
        let rows = Layout(size: state.size).listRows
        switch action {
        case .moveUp: moveCursor(by: -1, in: &state)
        case .moveDown: moveCursor(by: 1, in: &state)
        case .pageUp: moveCursor(by: -rows, in: &state)
        case .pageDown: moveCursor(by: rows, in: &state)
        case .top: moveCursor(by: Int.min / 2, in: &state)
        case .bottom: moveCursor(by: Int.max / 2, in: &state)
        case .open:
            guard let meeting = state.meetings.selected else {
                state.message = StatusMessage("No meeting selected", role: .dim)
                return []
            }
            return openParticipants(MeetingTarget(meeting), in: &state)
        case .back:
            return goBack(in: &state)
        case .filter:
            state.prompt = .filter
        case .commandLine:
            state.prompt = .command("")
        case .help:
            state.helpOpen.toggle()
        case .refresh:
            return refreshNow(&state, asked: true)
        case .showLeft:
            state.participants?.showLeft.toggle()
            rescroll(&state)
        case .invite:
            guard let meeting = requireTarget(&state) else { return [] }
            state.prompt = .inviteForm(InviteForm(meeting: meeting))
        case .phone:
            guard let meeting = requireTarget(&state) else { return [] }
            state.prompt = .phoneForm(PhoneForm(meeting: meeting))
        case .recording:
            guard let meeting = requireTarget(&state) else { return [] }
            state.prompt = .recordingMenu(meeting)
        case .endMeeting:
            guard let meeting = requireTarget(&state) else { return [] }
            state.prompt = .endMeeting(meeting, typed: "")
        case .dialIn:
            guard let meeting = requireTarget(&state) else { return [] }
            state.message = StatusMessage(
                "Asking Zoom for the dial-in address of \(meeting.label)"
                    + (state.settings.unicode ? "\u{2026}" : "..."),
                role: .dim)
            return [.loadDialIn(meeting)]
        case .keep:
            return RoomKeeping.toggleNewest(in: &state)
        case .quit:
            guard state.calloutsInProgress == 0 else {
                state.prompt = .confirmQuit(resuming: state.prompt)
                return []
            }
            return quitNow(&state)
        }
        return []
    }

    /// Whether a key is the quit key (it quits from every view).
    static func isQuitKey(_ key: KeyPress, in state: AppState) -> Bool {
        state.settings.keymap.action(for: key, on: state.screen, readOnly: state.settings.readOnly) == .quit
    }

    /// Quits without asking.
    static func quitNow(_ state: inout AppState) -> [Effect] {
        state.quitting = true
        return [.quit]
    }

    private static func requireTarget(_ state: inout AppState) -> MeetingTarget? {
        guard let target = state.targetMeeting else {
            state.message = StatusMessage("Select a meeting first (or :meeting ID)", role: .warning)
            return nil
        }
        return target
    }

    private static func quickKey(_ digit: Int, in state: inout AppState) -> [Effect] {
        guard !state.settings.readOnly else {
            state.message = StatusMessage("Read-only mode: call-outs are disabled", role: .warning)
            return []
        }
        guard let room = state.settings.room(quickKey: digit) else {
            state.message = StatusMessage("No saved room on quick key \(digit)", role: .dim)
            return []
        }
        return confirmRoom(room, in: &state)
    }

    /// Asks to confirm calling a saved room into the target meeting.
    static func confirmRoom(_ room: SavedRoom, in state: inout AppState) -> [Effect] {
        guard let meeting = requireTarget(&state) else { return [] }
        do {
            state.prompt = .confirmInvite(try InviteOrder(room: room, meeting: meeting))
        } catch {
            state.report("Saved room \(room.name): \(error.description)", role: .error)
        }
        return []
    }

    private static func moveCursor(by delta: Int, in state: inout AppState) {
        let rows = Layout(size: state.size).listRows
        if state.participants != nil {
            let count = state.participants?.visible.count ?? 0
            state.participants?.cursor.move(by: delta, count: count, visibleRows: rows)
        } else {
            let count = state.meetings.visible.count
            state.meetings.cursor.move(by: delta, count: count, visibleRows: rows)
        }
    }

    /// Keeps both cursors valid after the lists, the filter or the screen size changed.
    static func rescroll(_ state: inout AppState) {
        let rows = Layout(size: state.size).listRows
        let meetingCount = state.meetings.visible.count
        state.meetings.cursor.scroll(count: meetingCount, visibleRows: rows)
        if let count = state.participants?.visible.count {
            state.participants?.cursor.scroll(count: count, visibleRows: rows)
        }
    }

    private static func goBack(in state: inout AppState) -> [Effect] {
        if state.helpOpen {
            state.helpOpen = false
            return []
        }
        if state.participants != nil {
            state.participants = nil
            return refreshIfDue(&state)
        }
        if !state.meetings.cursor.filter.isEmpty {
            state.meetings.cursor.filter = ""
            rescroll(&state)
        }
        return []
    }

    // MARK: - Lists and refreshing

    /// Opens a meeting's participant list and loads it (unless the credentials certainly cannot read it).
    static func openParticipants(_ meeting: MeetingTarget, in state: inout AppState) -> [Effect] {
        var list = ParticipantsList(meeting: meeting)
        if Capability.readParticipants.isAllowed(by: state.identity.scopes) == false {
            list.problem = ParticipantsProblem.missingDashboardScope
            state.participants = list
            return []
        }
        list.loading = true
        list.showsProgress = true
        state.participants = list
        return [.loadParticipants(meeting.reference)]
    }

    /// Refreshes the visible list now; `asked` when the operator asked for it (the title then says so).
    private static func refreshNow(_ state: inout AppState, asked: Bool) -> [Effect] {
        if let participants = state.participants {
            if case .notPermitted = participants.problem {
                state.message = StatusMessage(
                    "Participants cannot be read with these credentials (see above)", role: .warning)
                return []
            }
            guard !participants.loading else { return [] }
            state.participants?.loading = true
            state.participants?.showsProgress = asked
            state.participants?.nextRefresh = nil
            return [.loadParticipants(participants.meeting.reference)]
        }
        guard !state.meetings.loading else { return [] }
        state.meetings.loading = true
        state.meetings.showsProgress = asked
        state.meetings.nextRefresh = nil
        return [.refreshMeetings(pages: state.meetings.pages)]
    }

    /// Starts the background refresh of the visible list when its time has come.
    static func refreshIfDue(_ state: inout AppState) -> [Effect] {
        if let participants = state.participants {
            guard let due = participants.nextRefresh, due <= state.now, !participants.loading else { return [] }
            return refreshNow(&state, asked: false)
        }
        guard let due = state.meetings.nextRefresh, due <= state.now, !state.meetings.loading else { return [] }
        return refreshNow(&state, asked: false)
    }

    private static func meetingsLoaded(
        _ meetings: [LiveMeeting], source: MeetingsSource, nextPageToken: String?, note: String?,
        in state: inout AppState
    ) {
        let selectedID = state.meetings.selected?.id
        if let note, note != state.meetings.note {
            state.report(
                "Showing your scheduled meetings only: \(note). \(LiveMeetingLister.instantMeetingsNote): "
                    + ":meeting ID opens one by its ID.", role: .warning)
        }
        state.meetings.items = meetings
        state.meetings.source = source
        state.meetings.note = note
        state.meetings.nextPageToken = nextPageToken
        state.meetings.loading = false
        state.meetings.showsProgress = false
        state.meetings.error = nil
        state.meetings.lastRefresh = state.now
        state.meetings.nextRefresh = state.now.addingTimeInterval(
            state.meetings.refreshInterval(state.settings.refresh))
        if let selectedID, let index = state.meetings.visible.firstIndex(where: { $0.id == selectedID }) {
            state.meetings.cursor.index = index
        }
        if let participants = state.participants, participants.meeting.topic == nil,
            case .id(let id) = participants.meeting.reference, let meeting = meetings.first(where: { $0.id == id })
        {
            state.participants?.meeting.topic = meeting.topic
        }
        rescroll(&state)
    }

    /// Adds the next page to the list (a meeting that moved up a page meanwhile is not listed
    /// twice) and puts the next refresh, which reads every page held, one budget further off.
    private static func moreMeetingsLoaded(_ meetings: [LiveMeeting], nextPageToken: String?, in state: inout AppState)
    {
        guard state.meetings.loadingMore else { return }
        let known = Set(state.meetings.items.map(\.id))
        state.meetings.items += meetings.filter { !known.contains($0.id) }
        state.meetings.pages += 1
        state.meetings.nextPageToken = nextPageToken
        state.meetings.loadingMore = false
        state.meetings.nextRefresh = state.now.addingTimeInterval(
            state.meetings.refreshInterval(state.settings.refresh))
        rescroll(&state)
    }

    /// Fetches the next page of the meeting list when the view has reached the end of what it holds.
    static func nextMeetingsPageIfNeeded(_ state: inout AppState) -> [Effect] {
        guard state.screen == .meetings, let source = state.meetings.source, let token = state.meetings.nextPageToken,
            state.meetings.needsNextPage(rows: Layout(size: state.size).listRows)
        else { return [] }
        state.meetings.loadingMore = true
        return [.loadMoreMeetings(source, token: token)]
    }

    /// Opens a typed meeting that Zoom says is in progress, or says why it cannot be opened.
    private static func meetingChecked(_ reference: MeetingReference, _ check: MeetingCheck, in state: inout AppState)
        -> [Effect]
    {
        switch check {
        case .live(let target):
            return openParticipants(target, in: &state)
        case .refused(let reason):
            state.report("Cannot open meeting \(reference): \(reason)", role: .warning)
        case .failed(let reason):
            state.report("Checking meeting \(reference) failed: \(reason)", role: .error)
        }
        return []
    }

    private static func participantsLoaded(
        _ people: [Participant], of reference: MeetingReference, in state: inout AppState
    ) {
        guard let list = state.participants, list.meeting.reference == reference else { return }
        let selectedID = list.visible.indices.contains(list.cursor.index) ? list.visible[list.cursor.index].id : nil
        state.participants?.items = people
        state.participants?.loading = false
        state.participants?.showsProgress = false
        state.participants?.problem = nil
        state.participants?.lastRefresh = state.now
        let interval =
            state.participants?.refreshInterval(state.settings.refresh) ?? state.settings.refresh.participants
        state.participants?.nextRefresh = state.now.addingTimeInterval(interval)
        if let selectedID, let index = state.participants?.visible.firstIndex(where: { $0.id == selectedID }) {
            state.participants?.cursor.index = index
        }
        rescroll(&state)
    }

    private static func participantsFailed(
        _ problem: ParticipantsProblem, of reference: MeetingReference, in state: inout AppState
    ) {
        guard let list = state.participants, list.meeting.reference == reference else { return }
        state.participants?.loading = false
        state.participants?.showsProgress = false
        state.participants?.problem = problem
        switch problem {
        case .notPermitted:
            state.participants?.nextRefresh = nil
        case .failed(let reason):
            state.participants?.nextRefresh = state.now.addingTimeInterval(list.refreshInterval(state.settings.refresh))
            state.report("Loading participants of \(list.meeting.label) failed: \(reason)", role: .error)
        }
    }

    // MARK: - Answers to controls and invites

    private static func controlAnswered(ticket: Int, _ answer: ControlAnswer, in state: inout AppState) {
        guard let request = state.pendingControls.removeValue(forKey: ticket) else { return }
        switch answer {
        case .accepted:
            let text: String
            switch request.control {
            case .endMeeting: text = "Zoom ended \(request.meeting.label)"
            case .phoneCallout(let callout):
                text =
                    "Zoom accepted the call-out to \(callout.phoneNumber) for \(request.meeting.label): the phone should ring now"
            case .recording(let action):
                text = "Zoom accepted recording \(action.rawValue) for \(request.meeting.label)"
            }
            state.report(text, role: .success)
        case .failed(let reason):
            state.report(
                "\(request.control.summary.capitalizedFirst) for \(request.meeting.label) failed: \(reason)",
                role: .error)
        case .unconfirmed(let reason):
            state.report(
                "\(request.control.summary.capitalizedFirst) for \(request.meeting.label) is not confirmed: \(reason)",
                role: .warning)
        }
    }

    private static func inviteProgressed(ticket: Int, _ stage: InviteStage, in state: inout AppState) {
        guard var attempt = state.invites[ticket] else { return }
        attempt.stage = stage
        state.invites[ticket] = attempt
        let line = InviteLine.text(for: attempt, unicode: state.settings.unicode)
        state.message = StatusMessage(line, role: InviteLine.role(for: attempt.stage))
        if case .finished(let verdict) = stage {
            for warning in verdict.warnings { state.appendLog(.message(StatusMessage(warning, role: .warning))) }
            if verdict.offersDialIn,
                let key = state.settings.keymap.primaryKey(
                    .dialIn, on: state.screen == .help ? .meetings : state.screen, readOnly: state.settings.readOnly)
            {
                state.appendLog(
                    .message(
                        StatusMessage(
                            "Press \(key.label(unicode: state.settings.unicode)) for the address \(attempt.order.roomLabel) can dial to join "
                                + "\(attempt.order.meeting.label) by itself: no call-out, no admin scope",
                            role: .warning)))
            }
        }
    }

    /// Starts a confirmed invite: a log line that follows it, and the effect that runs it.
    static func startInvite(_ order: InviteOrder, in state: inout AppState) -> [Effect] {
        let ticket = state.takeTicket()
        let attempt = InviteAttempt(
            ticket: ticket, order: order,
            stage: order.whenLive ? .waitingForStart(remaining: MeetingStartWaiter.defaultWait) : .sending)
        state.invites[ticket] = attempt
        state.appendLog(.invite(ticket: ticket))
        state.message = StatusMessage(InviteLine.text(for: attempt, unicode: state.settings.unicode), role: .normal)
        return [.runInvite(ticket: ticket, order)]
    }

    /// Starts several confirmed invites into one meeting: one log line per room, and one effect that
    /// runs them side by side with their call-outs spaced. A room listed twice (two saved rooms
    /// with one address) is refused and nothing is sent.
    static func startInvites(_ orders: [InviteOrder], in state: inout AppState) -> [Effect] {
        do {
            _ = try RoomBatch(orders.map(\.request))
        } catch {
            state.report(error.description, role: .error)
            return []
        }
        let attempts = orders.map { order in
            let attempt = InviteAttempt(ticket: state.takeTicket(), order: order, stage: .sending)
            state.invites[attempt.ticket] = attempt
            state.appendLog(.invite(ticket: attempt.ticket))
            return attempt
        }
        state.message = StatusMessage("Calling \(orders.count) rooms into \(orders[0].meeting.label)", role: .normal)
        return [.runInvites(attempts)]
    }

    /// Sends a confirmed control, remembering it until Zoom answers.
    static func sendControl(_ control: MeetingAction, to meeting: MeetingTarget, in state: inout AppState) -> [Effect] {
        let ticket = state.takeTicket()
        state.pendingControls[ticket] = PendingControl(meeting: meeting, control: control)
        state.message = StatusMessage("Sending \(control.summary) to \(meeting.label)…", role: .dim)
        return [.sendControl(ticket: ticket, meeting, control)]
    }
}

extension String {
    /// The string with its first letter upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
