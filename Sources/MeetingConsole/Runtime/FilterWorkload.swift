import FoundationEssentials
import MeetingKit

/// The console's whole per-keystroke work — reducer and full-screen render — while filtering a
/// participant list, without a terminal. The benchmark harness times it; the console never calls it.
public struct FilterWorkload {
    /// A key typed into the filter.
    public enum Key: Sendable {
        case character(Character)
        case backspace
    }

    private var state: AppState

    /// A participants view of `participants` at `columns` x `rows`, with the filter prompt open.
    public init(participants: [Participant], rows: Int = 30, columns: Int = 100) {
        state = AppState(
            settings: ConsoleOptions(timeZone: .utc),
            identity: ConsoleIdentity(source: .serverToServer, scopes: .unknown),
            now: Date(timeIntervalSince1970: 1_800_000_000), size: TerminalSize(rows: rows, columns: columns))
        var list = ParticipantsList(meeting: MeetingTarget(reference: .id(85_746_065_432), topic: "Town hall"))
        list.items = participants
        state.participants = list
        _ = Reducer.reduce(&state, .key(.character("/")))
    }

    /// Types one key and renders the screen; returns the number of rows rendered.
    public mutating func type(_ key: Key) -> Int {
        switch key {
        case .character(let character): _ = Reducer.reduce(&state, .key(.character(character)))
        case .backspace: _ = Reducer.reduce(&state, .key(.backspace))
        }
        return Renderer.render(state).rows
    }
}
