import Foundation
import MeetingKit

@testable import MeetingConsole

/// Pinned states for reducer and screen tests: UTC, a fixed clock, 80x24 unless a test says otherwise.
enum ConsoleFixtures {
    /// 2026-03-02 14:30:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_772_461_800)

    static let scopesAll = GrantedScopes.known([
        "meeting:read:admin", "meeting:write:admin", "dashboard_meetings:read:admin", "user:read:admin",
    ])

    static let boardroom = SavedRoom(
        name: "boardroom", callType: .sip, address: "sip:board@rooms.example.com",
        displayName: "Boardroom", quickKey: 1)
    static let lab = SavedRoom(name: "lab", callType: .h323, address: "192.0.2.10", quickKey: 2)

    static let meetings: [LiveMeeting] = [
        LiveMeeting(
            id: 85_746_065_432, uuid: "u1", topic: "Weekly sync", hostName: "Alice Example",
            startTime: now.addingTimeInterval(-3_900), participantCount: 12, hasSIP: true),
        LiveMeeting(
            id: 91_234_567_890, uuid: "u2", topic: "Design review", hostName: "Bob",
            startTime: now.addingTimeInterval(-600), participantCount: 4, hasSIP: false),
        LiveMeeting(
            id: 123_456_789, uuid: "u3", topic: "Support standup", hostName: "Carol",
            startTime: now.addingTimeInterval(-30), participantCount: 2),
    ]

    static let participants: [Participant] = [
        Participant(
            id: "p1", name: "Alice Example", status: .inMeeting, device: "Mac", joinTime: now.addingTimeInterval(-3_800)
        ),
        Participant(
            id: "p2", name: "Boardroom", status: .inMeeting, device: "H.323/SIP",
            joinTime: now.addingTimeInterval(-120),
            sipURI: "sip:board@rooms.example.com"),
        Participant(
            id: "p3", name: "Guest", status: .inWaitingRoom, device: "Windows", joinTime: now.addingTimeInterval(-60)),
        Participant(
            id: "p4", name: "Dave", status: .inMeeting, device: "iOS", joinTime: now.addingTimeInterval(-3_000),
            leaveTime: now.addingTimeInterval(-900)),
    ]

    /// A state on the meetings view, optionally with the meetings loaded.
    static func state(
        rows: Int = 24, columns: Int = 80, loaded: Bool = true, readOnly: Bool = false,
        scopes: GrantedScopes = scopesAll, unicode: Bool = true, rooms: [SavedRoom] = [boardroom, lab],
        keys: [String: String] = [:], meetings: [LiveMeeting] = meetings
    ) -> AppState {
        let settings = ConsoleOptions(
            keymap: Keymap.applying(overrides: keys).keymap, readOnly: readOnly, rooms: rooms,
            refresh: RefreshIntervals(meetings: 30, participants: 10), unicode: unicode,
            timeZone: .utc)
        let identity = ConsoleIdentity(
            userName: "Olivia Operator", source: .serverToServer,
            expiresAt: now.addingTimeInterval(3_000), scopes: scopes)
        var state = AppState(
            settings: settings, identity: identity, now: now, size: TerminalSize(rows: rows, columns: columns))
        if loaded {
            _ = Reducer.reduce(&state, .meetingsLoaded(meetings, source: .account))
        }
        return state
    }

    /// A state on the participants view of the first meeting, participants loaded.
    static func participantsState(rows: Int = 24, columns: Int = 80) -> AppState {
        var state = state(rows: rows, columns: columns)
        _ = Reducer.reduce(&state, .key(.enter))
        _ = Reducer.reduce(&state, .participantsLoaded(meetings[0].reference, participants))
        return state
    }

    /// Presses keys in order, returning every effect asked for.
    @discardableResult
    static func press(_ keys: [KeyPress], in state: inout AppState) -> [Effect] {
        keys.flatMap { Reducer.reduce(&state, .key($0)) }
    }

    /// Types text character by character.
    @discardableResult
    static func type(_ text: String, in state: inout AppState) -> [Effect] {
        press(text.map(KeyPress.character), in: &state)
    }
}
