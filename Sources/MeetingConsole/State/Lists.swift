import Foundation
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
public enum MeetingsSource: String, Sendable, Hashable {
    case account
    case user
}

/// The live meetings the credentials can see.
public struct MeetingsList: Sendable, Hashable {
    public var items: [LiveMeeting] = []
    public var source: MeetingsSource?
    public var lastRefresh: Date?
    public var loading = false
    /// Why the last refresh failed, until one succeeds.
    public var error: String?
    public var cursor = ListCursor()
    public var nextRefresh: Date?

    public init() {}

    /// The meetings that match the filter (topic, ID or host), in list order.
    public var visible: [LiveMeeting] {
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
    public var selected: LiveMeeting? {
        let list = visible
        return list.indices.contains(cursor.index) ? list[cursor.index] : nil
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
        let capability = Capability.readParticipants
        let scope = capability.acceptedScopes.first ?? "dashboard_meetings:read:admin"
        return .notPermitted(
            reason: "Zoom shows live participants only through its Dashboard API, which needs the scope \(scope); these credentials do not have it.",
            fix: "Sign in with Server-to-Server OAuth (an account-level app) that has \(scope), on a Business plan or higher.")
    }
}

/// The participants of the open meeting.
public struct ParticipantsList: Sendable, Hashable {
    public var meeting: MeetingTarget
    public var items: [Participant] = []
    public var loading = false
    public var problem: ParticipantsProblem?
    public var lastRefresh: Date?
    public var showLeft = false
    public var cursor = ListCursor()
    public var nextRefresh: Date?

    public init(meeting: MeetingTarget) {
        self.meeting = meeting
    }

    /// The participants shown: people who left only when `showLeft`, then the filter (name or device).
    public var visible: [Participant] {
        let needle = cursor.filter.lowercased()
        return items.filter { participant in
            (showLeft || participant.isPresent)
                && (needle.isEmpty || "\(participant.name) \(participant.device ?? "")".lowercased().contains(needle))
        }
    }

    /// How many are in the meeting, in the waiting room, and have left.
    public var counts: (inMeeting: Int, waiting: Int, left: Int) {
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
