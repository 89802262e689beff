import FoundationEssentials
import MeetingKit

/// The meeting an action is aimed at: how to address it and how to name it to the operator.
public struct MeetingTarget: Sendable, Hashable {
    public var reference: MeetingReference
    /// The topic, when known (a meeting opened with `:meeting` may not be in the list yet).
    public var topic: String?

    public init(reference: MeetingReference, topic: String? = nil) {
        self.reference = reference
        self.topic = topic
    }

    public init(_ meeting: LiveMeeting) {
        self.init(reference: meeting.reference, topic: meeting.topic)
    }

    /// "Weekly sync (857 4606 5432)", or "meeting 857 4606 5432" without a topic.
    public var label: String {
        if let topic, !topic.isEmpty { return "\(topic) (\(reference))" }
        return "meeting \(reference)"
    }
}

/// A cursor over a filtered list: which row is selected and which is at the top of the view.
public struct ListCursor: Sendable, Hashable {
    public var index = 0
    public var top = 0
    /// The text the list is filtered by; empty shows everything.
    public var filter = ""

    public init() {}

    /// Moves by `delta` rows within `count`, keeping the selection inside `visibleRows`.
    public mutating func move(by delta: Int, count: Int, visibleRows: Int) {
        index = count == 0 ? 0 : min(max(0, index + delta), count - 1)
        scroll(count: count, visibleRows: visibleRows)
    }

    /// Keeps the selection on screen after the list or the screen changed.
    public mutating func scroll(count: Int, visibleRows: Int) {
        index = count == 0 ? 0 : min(max(0, index), count - 1)
        let rows = max(1, visibleRows)
        if index < top { top = index }
        if index >= top + rows { top = index - rows + 1 }
        top = max(0, min(top, max(0, count - rows)))
    }
}

/// Where the meeting list came from: the Dashboard (every meeting of the account) or the user's own.
public typealias MeetingsSource = LiveMeetingLister.Scope

/// The live meetings the credentials can see.
///
/// The search text of every meeting is indexed when the list arrives and the filter's matches
/// are kept, so a keystroke scans the index (only the last matches when the filter grew) and
/// rendering reads the matches in place.
public struct MeetingsList: Sendable, Hashable {
    public var items: [LiveMeeting] = [] {
        didSet {
            textIndex = SearchIndex(items.lazy.map { "\($0.topic) \($0.hostName ?? "") \($0.hostEmail ?? "")" })
            idIndex = SearchIndex(items.lazy.map { String($0.id) })
            applyFilter(narrowingFrom: nil)
        }
    }
    public var source: MeetingsSource?
    /// Why the list is the user's own, when it is.
    public var note: String?
    /// How many pages of the list the view holds: a refresh reads them again, and no more.
    public var pages = 1
    /// The token of the next page, when the list goes on beyond what is loaded.
    public var nextPageToken: String?
    /// Whether the next page is being fetched.
    public var loadingMore = false
    public var lastRefresh: Date?
    public var loading = false
    /// Whether the title says a refresh is running: for the first load and for refreshes the
    /// operator asked for, not for background ones (which would repaint the title twice per
    /// refresh, bytes over SSH for nothing new).
    public var showsProgress = false
    /// Why the last refresh failed, until one succeeds.
    public var error: String?
    public var cursor = ListCursor() {
        didSet {
            if cursor.filter != oldValue.filter { applyFilter(narrowingFrom: oldValue.filter) }
        }
    }
    public var nextRefresh: Date?
    private var textIndex = SearchIndex([])
    private var idIndex = SearchIndex([])
    /// Positions of the meetings that match the filter; `nil` when there is no filter.
    private var matches: [Int]?

    public init() {}

    /// The meetings that match the filter (topic, ID or host), in list order.
    public var visible: FilteredList<LiveMeeting> { FilteredList(items, positions: matches) }

    /// The meeting under the cursor.
    public var selected: LiveMeeting? {
        let list = visible
        return list.indices.contains(cursor.index) ? list[cursor.index] : nil
    }

    /// Whether the view has reached the end of what is loaded while the list goes on: the cursor
    /// is on the last row, or a filter leaves fewer matches than the `rows` the screen shows.
    public func needsNextPage(rows: Int) -> Bool {
        guard nextPageToken != nil, !loading, !loadingMore else { return false }
        let shown = visible.count
        return cursor.index >= shown - 1 || (!cursor.filter.isEmpty && shown < rows)
    }

    /// Seconds until the next background refresh of the pages the view holds.
    public func refreshInterval(_ intervals: RefreshIntervals) -> TimeInterval {
        intervals.meetings(pages: pages, source: source)
    }

    /// What a filter text searches: the text itself, and the digits of a meeting ID when it is one.
    private struct Query {
        var text: [UInt8]
        var digits: [UInt8]?

        init(_ filter: String) {
            let needle = filter.lowercased()
            text = SearchIndex.needle(needle)
            let digits = needle.filter { !" -".contains($0) }
            self.digits = !digits.isEmpty && digits.allSatisfy(\.isNumber) ? Array(digits.utf8) : nil
        }

        /// Whether every meeting this query matches also matches `other` (so only `other`'s matches need scanning).
        func narrows(_ other: Query) -> Bool {
            guard !other.text.isEmpty, text.contains(other.text) else { return false }
            guard let digits else { return true }
            return other.digits.map { digits.contains($0) } ?? false
        }
    }

    private mutating func applyFilter(narrowingFrom previous: String?) {
        guard !cursor.filter.isEmpty else {
            matches = nil
            return
        }
        let query = Query(cursor.filter)
        let candidates = previous.map(Query.init).flatMap { query.narrows($0) ? matches : nil }
        let (text, id) = (textIndex, idIndex)
        matches = (candidates ?? Array(items.indices)).filter { position in
            text.contains(query.text, at: position) || query.digits.map { id.contains($0, at: position) } == true
        }
    }
}

/// Why the participants cannot be shown.
public enum ParticipantsProblem: Sendable, Hashable {
    /// The credentials lack the Dashboard scope: the explanation and what would fix it.
    case notPermitted(reason: String, fix: String)
    /// Zoom or the network failed; the message says how.
    case failed(String)
}

extension ParticipantsProblem {
    /// The Dashboard scope is missing: why the list cannot be shown and what would fix it,
    /// built from the capability table.
    public static var missingDashboardScope: ParticipantsProblem {
        let scope = ScopeAdvice.scopeNames(Capability.readParticipants.requirement)
        return .notPermitted(
            reason:
                "Zoom shows live participants only through its Dashboard API, which needs the scope \(scope); these credentials do not have it.",
            fix: "Sign in with \(ScopeAdvice.accountLevelApp) that has it, on a Business plan or higher.")
    }
}

/// The participants of the open meeting.
///
/// Like `MeetingsList`, the search text is indexed when the list arrives and the matches of
/// the filter (and of `showLeft`) are kept; the counts are taken once per list.
public struct ParticipantsList: Sendable, Hashable {
    public var meeting: MeetingTarget
    public var items: [Participant] = [] {
        didSet {
            index = SearchIndex(items.lazy.map { "\($0.name) \($0.device ?? "")" })
            counts = Self.count(items)
            applyFilter(narrowingFrom: nil)
        }
    }
    public var loading = false
    /// Whether the title says a refresh is running (the first load and manual refreshes only).
    public var showsProgress = false
    public var problem: ParticipantsProblem?
    public var lastRefresh: Date?
    public var showLeft = false {
        didSet { if showLeft != oldValue { applyFilter(narrowingFrom: nil) } }
    }
    public var cursor = ListCursor() {
        didSet { if cursor.filter != oldValue.filter { applyFilter(narrowingFrom: oldValue.filter) } }
    }
    public var nextRefresh: Date?
    /// How many are in the meeting, in the waiting room, and have left.
    public private(set) var counts = (inMeeting: 0, waiting: 0, left: 0)
    private var index = SearchIndex([])
    /// Positions of the participants shown; `nil` when everyone is.
    private var matches: [Int]?

    public init(meeting: MeetingTarget) {
        self.meeting = meeting
    }

    /// Seconds until the next background refresh of the whole list.
    public func refreshInterval(_ intervals: RefreshIntervals) -> TimeInterval {
        intervals.participants(listing: items.count)
    }

    /// The participants shown: people who left only when `showLeft`, then the filter (name or device).
    public var visible: FilteredList<Participant> { FilteredList(items, positions: matches) }

    private mutating func applyFilter(narrowingFrom previous: String?) {
        let needle = SearchIndex.needle(cursor.filter)
        if needle.isEmpty, showLeft || counts.left == 0 {
            matches = nil
            return
        }
        let old = previous.map(SearchIndex.needle) ?? []
        let candidates = !old.isEmpty && needle.contains(old) ? matches : nil
        let (index, items, showLeft) = (index, items, showLeft)
        matches = (candidates ?? Array(items.indices)).filter { position in
            (showLeft || items[position].isPresent) && index.contains(needle, at: position)
        }
    }

    private static func count(_ items: [Participant]) -> (inMeeting: Int, waiting: Int, left: Int) {
        var counts = (inMeeting: 0, waiting: 0, left: 0)
        for participant in items {
            if !participant.isPresent {
                counts.left += 1
            } else if participant.status == .inWaitingRoom {
                counts.waiting += 1
            } else {
                counts.inMeeting += 1
            }
        }
        return counts
    }

    public static func == (lhs: ParticipantsList, rhs: ParticipantsList) -> Bool {
        lhs.meeting == rhs.meeting && lhs.items == rhs.items && lhs.loading == rhs.loading && lhs.problem == rhs.problem
            && lhs.showsProgress == rhs.showsProgress && lhs.lastRefresh == rhs.lastRefresh
            && lhs.showLeft == rhs.showLeft && lhs.cursor == rhs.cursor
            && lhs.nextRefresh == rhs.nextRefresh
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(meeting)
        hasher.combine(items)
        hasher.combine(cursor)
        hasher.combine(showLeft)
    }
}
