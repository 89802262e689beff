/// The `[console]` section: how the full-screen console behaves.
public struct ConsoleSettings: Sendable, Hashable {
    /// The smallest refresh interval accepted, so a live view cannot hammer Zoom's rate limits.
    public static let minimumRefreshSeconds: Double = 2

    /// Seconds between refreshes of the meetings list (`refresh_seconds`, at least 2).
    public var refreshSeconds: Double
    /// Seconds between refreshes of a meeting's participants (`participants_refresh_seconds`, at least 2).
    public var participantsRefreshSeconds: Double
    /// Whether actions that change a live meeting are disabled (`read_only`).
    public var readOnly: Bool

    /// Settings; the defaults are what an empty `[console]` gives.
    public init(refreshSeconds: Double = 10, participantsRefreshSeconds: Double = 5, readOnly: Bool = false) {
        self.refreshSeconds = refreshSeconds
        self.participantsRefreshSeconds = participantsRefreshSeconds
        self.readOnly = readOnly
    }
}
