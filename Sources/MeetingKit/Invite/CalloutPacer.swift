import FoundationEssentials

/// Spaces call-outs sent side by side so that together they stay inside Zoom's rate label for
/// `PATCH /live_meetings/{meetingId}/events` (`PollingBudget.secondsBetweenCallouts`): each caller
/// is given the next free moment, at least `interval` after the one before, and waits for it.
public actor CalloutPacer {
    private let interval: TimeInterval
    private let clock: any MeetingClock
    private var nextFree: Date?

    /// A pacer giving out moments `interval` seconds apart, waiting on `clock`.
    public init(interval: TimeInterval = PollingBudget.secondsBetweenCallouts, clock: any MeetingClock = SystemClock())
    {
        self.interval = max(0, interval)
        self.clock = clock
    }

    /// Waits until this caller's moment; throws when cancelled while waiting.
    public func waitForTurn() async throws {
        let now = clock.now
        let turn = max(now, nextFree ?? now)
        nextFree = turn.addingTimeInterval(interval)
        try await clock.sleep(seconds: turn.timeIntervalSince(now))
    }
}
