import FoundationEssentials
import MeetingKit

/// The size of the terminal in cells.
struct TerminalSize: Sendable, Hashable {
    var rows: Int
    var columns: Int

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// The smallest screen the console draws on; below it, it says how large it needs to be.
    static let minimum = TerminalSize(rows: 12, columns: 60)

    /// Whether the console fits.
    var isLargeEnough: Bool { rows >= Self.minimum.rows && columns >= Self.minimum.columns }
}

/// A line for the operator below the lists: the last answer, warning or error.
struct StatusMessage: Sendable, Hashable {
    var text: String
    var role: Role

    init(_ text: String, role: Role = .normal) {
        self.text = text
        self.role = role
    }
}

/// One entry of the log pane: a message, or an invite whose line follows its progress.
struct LogEntry: Sendable, Hashable {
    /// What the entry shows.
    enum Content: Sendable, Hashable {
        case message(StatusMessage)
        /// The invite with this ticket; its line is drawn from `AppState.invites`.
        case invite(ticket: Int)
    }

    var time: Date
    var content: Content
}

/// A control that was sent and awaits Zoom's answer.
struct PendingControl: Sendable, Hashable {
    var meeting: MeetingTarget
    var control: MeetingAction
}

/// The console's settings that do not change while it runs.
struct ConsoleOptions: Sendable, Equatable {
    var keymap: Keymap
    var readOnly: Bool
    var rooms: [SavedRoom]
    var refresh: RefreshIntervals
    /// Draw with Unicode symbols and lines (a UTF-8 locale), or with ASCII.
    var unicode: Bool
    /// The zone times are shown in.
    var timeZone: DisplayTimeZone

    init(
        keymap: Keymap = .defaults, readOnly: Bool = false, rooms: [SavedRoom] = [],
        refresh: RefreshIntervals = RefreshIntervals(), unicode: Bool = true, timeZone: DisplayTimeZone = .local
    ) {
        self.keymap = keymap
        self.readOnly = readOnly
        self.rooms = rooms
        self.refresh = refresh
        self.unicode = unicode
        self.timeZone = timeZone
    }

    /// The saved room with this quick key.
    func room(quickKey: Int) -> SavedRoom? {
        rooms.first { $0.quickKey == quickKey }
    }

    /// The saved room with this name (case-insensitive).
    func room(named name: String) -> SavedRoom? {
        rooms.named(name)
    }
}

/// Everything the screen shows, in one value. Changed only by `Reducer`, drawn only by `Renderer`.
struct AppState: Sendable {
    var settings: ConsoleOptions
    var identity: ConsoleIdentity
    /// The time of the action being handled: set by the event loop, pinned by tests.
    var now: Date
    var size: TerminalSize

    var meetings = MeetingsList()
    /// The open meeting's participants; `nil` on the meetings view.
    var participants: ParticipantsList?
    var helpOpen = false
    var prompt: Prompt?

    /// Invites started in this session, by ticket.
    var invites: [Int: InviteAttempt] = [:]
    /// Controls sent and not yet answered, by ticket.
    var pendingControls: [Int: PendingControl] = [:]
    /// The log pane, oldest first (bounded).
    var log: [LogEntry] = []
    /// The message line.
    var message: StatusMessage?
    var nextTicket = 1
    /// Set when the operator quits.
    var quitting = false

    /// How many log entries are kept.
    static let logLimit = 200

    init(settings: ConsoleOptions, identity: ConsoleIdentity, now: Date, size: TerminalSize) {
        self.settings = settings
        self.identity = identity
        self.now = now
        self.size = size
    }

    /// The view whose keys apply.
    var screen: Screen {
        if helpOpen { return .help }
        return participants == nil ? .meetings : .participants
    }

    /// The meeting that invites and controls are aimed at: the open one, or the one under the cursor.
    var targetMeeting: MeetingTarget? {
        if let participants { return participants.meeting }
        return meetings.selected.map(MeetingTarget.init)
    }

    /// The next time something is due (a background refresh), or `nil` when nothing is:
    /// the event loop then waits for a key or a result without waking.
    var nextDeadline: Date? {
        if let participants { return participants.nextRefresh }
        return meetings.nextRefresh
    }

    /// Call-outs whose outcome is not known yet: room-system invites still being verified and
    /// phone call-outs Zoom has not answered. Quitting stops watching them, so it asks first.
    var calloutsInProgress: Int {
        let invites = invites.values.filter { if case .finished = $0.stage { false } else { true } }.count
        let phones = pendingControls.values.filter { if case .phoneCallout = $0.control { true } else { false } }.count
        return invites + phones
    }

    /// Adds a line to the log pane and the message line.
    mutating func report(_ text: String, role: Role = .normal) {
        let message = StatusMessage(text, role: role)
        self.message = message
        appendLog(.message(message))
    }

    /// Adds an entry to the log pane, dropping the oldest beyond the limit.
    mutating func appendLog(_ content: LogEntry.Content) {
        log.append(LogEntry(time: now, content: content))
        if log.count > Self.logLimit { log.removeFirst(log.count - Self.logLimit) }
    }

    /// Takes the next ticket number for an effect whose answer comes back later.
    mutating func takeTicket() -> Int {
        defer { nextTicket += 1 }
        return nextTicket
    }
}
