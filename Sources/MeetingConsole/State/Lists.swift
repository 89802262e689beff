import Foundation
import MeetingKit

/// The meeting an action is aimed at: how to address it and how to name it to the operator.
struct MeetingTarget: Sendable, Hashable {
    var reference: MeetingReference
    /// The topic, when known (a meeting opened with `:meeting` may not be in the list yet).
    var topic: String?

    init(reference: MeetingReference, topic: String? = nil) {
        self.reference = reference
        self.topic = topic
    }

    init(_ meeting: LiveMeeting) {
        self.init(reference: meeting.reference, topic: meeting.topic)
    }

    /// "Weekly sync (857 4606 5432)", or "meeting 857 4606 5432" without a topic.
    var label: String {
        if let topic, !topic.isEmpty { return "\(topic) (\(reference))" }
        return "meeting \(reference)"
    }
}

/// A cursor over a filtered list: which row is selected and which is at the top of the view.
struct ListCursor: Sendable, Hashable {
    var index = 0
    var top = 0
    /// The text the list is filtered by; empty shows everything.
    var filter = ""

    init() {}

    /// Moves by `delta` rows within `count`, keeping the selection inside `visibleRows`.
    mutating func move(by delta: Int, count: Int, visibleRows: Int) {
        index = count == 0 ? 0 : min(max(0, index + delta), count - 1)
        scroll(count: count, visibleRows: visibleRows)
    }

    /// Keeps the selection on screen after the list or the screen changed.
    mutating func scroll(count: Int, visibleRows: Int) {
        index = count == 0 ? 0 : min(max(0, index), count - 1)
        let rows = max(1, visibleRows)
        if index < top { top = index }
        if index >= top + rows { top = index - rows + 1 }
        top = max(0, min(top, max(0, count - rows)))
    }
}

/// Where the meeting list came from: the Dashboard (every meeting of the account) or the user's own.
enum MeetingsSource: String, Sendable, Hashable {
    case account
    case user
}

/// The live meetings the credentials can see.
struct MeetingsList: Sendable, Hashable {
    var items: [LiveMeeting] = []
    var source: MeetingsSource?
    var lastRefresh: Date?
    var loading = false
    /// Why the last refresh failed, until one succeeds.
    var error: String?
    var cursor = ListCursor()
    var nextRefresh: Date?

    init() {}

    /// The meetings that match the filter (topic, ID or host), in list order.
    var visible: [LiveMeeting] {
        let needle = cursor.filter.lowercased()
        guard !needle.isEmpty else { return items }
        let digits = needle.filter { !" -".contains($0) }
        let searchesID = !digits.isEmpty && digits.allSatisfy(\.isNumber)
        return items.filter { meeting in
            let haystack = [meeting.topic, meeting.hostName ?? "", meeting.hostEmail ?? ""].joined(separator: " ").lowercased()
            return haystack.contains(needle) || (searchesID && String(meeting.id).contains(digits))
        }
    }

    /// The meeting under the cursor.
    var selected: LiveMeeting? {
        let list = visible
        return list.indices.contains(cursor.index) ? list[cursor.index] : nil
    }
}

/// Why the participants cannot be shown.
enum ParticipantsProblem: Sendable, Hashable {
    /// The credentials lack the Dashboard scope: the explanation and what would fix it.
    case notPermitted(reason: String, fix: String)
    /// Zoom or the network failed; the message says how.
    case failed(String)
}

extension ParticipantsProblem {
    /// The Dashboard scope is missing: why the list cannot be shown and what would fix it,
    /// built from the capability table.
    static var missingDashboardScope: ParticipantsProblem {
        let capability = Capability.readParticipants
        let scope = capability.acceptedScopes.first ?? "dashboard_meetings:read:admin"
        return .notPermitted(
            reason: "Zoom shows live participants only through its Dashboard API, which needs the scope \(scope); these credentials do not have it.",
            fix: "Sign in with Server-to-Server OAuth (an account-level app) that has \(scope), on a Business plan or higher.")
    }
}

/// The participants of the open meeting.
struct ParticipantsList: Sendable, Hashable {
    var meeting: MeetingTarget
    var items: [Participant] = []
    var loading = false
    var problem: ParticipantsProblem?
    var lastRefresh: Date?
    var showLeft = false
    var cursor = ListCursor()
    var nextRefresh: Date?

    init(meeting: MeetingTarget) {
        self.meeting = meeting
    }

    /// The participants shown: people who left only when `showLeft`, then the filter (name or device).
    var visible: [Participant] {
        let needle = cursor.filter.lowercased()
        return items.filter { participant in
            (showLeft || participant.isPresent)
                && (needle.isEmpty || "\(participant.name) \(participant.device ?? "")".lowercased().contains(needle))
        }
    }

    /// How many are in the meeting, in the waiting room, and have left.
    var counts: (inMeeting: Int, waiting: Int, left: Int) {
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
}
