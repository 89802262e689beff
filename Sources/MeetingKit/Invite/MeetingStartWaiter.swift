import FoundationEssentials

/// Waits for a scheduled meeting to go live, so that a call-out can be set up before the host
/// starts it: reads `GET /meetings/{meetingId}` (Light label) at `pace` until Zoom says `started`
/// or the wait runs out. Sends nothing to the meeting; the caller invites once it is live.
public struct MeetingStartWaiter: Sendable {
    /// How long a call-out set up before the meeting waits for it to start unless told otherwise.
    public static let defaultWait: TimeInterval = 2 * 3600
    /// How many meetings one console or command may wait for at once within its Light share.
    public static let concurrentWaits = 5
    /// Seconds between two reads of one meeting: a console's share of the Light label
    /// (`PollingBudget`: 1 request/s with four consoles on a Free account) spread over
    /// `concurrentWaits` meetings, so 5 s. A meeting starting is noticed within 5 s.
    public static let pace = PollingBudget.secondsPerRequest(.meetingDetails) * Double(concurrentWaits)

    /// How a wait ended.
    public enum Outcome: Sendable, Equatable {
        /// The meeting is live: the reference the in-meeting endpoints take, and what Zoom said.
        case started(MeetingReference, MeetingDetails)
        /// The wait ran out before the meeting started; what Zoom last said of it.
        case timedOut(MeetingDetails)
    }

    /// What the waiter is doing, for progress displays.
    public enum Progress: Sendable, Equatable {
        /// Zoom says the meeting has not started; `remaining` seconds of the wait are left.
        case waiting(MeetingDetails, remaining: TimeInterval)
    }

    /// Why a meeting cannot be waited for. Nothing was sent to it.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// The token may not read the meeting's details, so its start cannot be seen.
        case cannotWatch(reason: String)

        public var description: String {
            switch self {
            case .cannotWatch(let reason):
                return "cannot wait for the meeting to start: its status cannot be read (\(reason)); nothing was sent"
            }
        }
    }

    private let lookup: MeetingLookup
    private let clock: any MeetingClock
    private let pace: TimeInterval

    public init(
        client: ZoomClient, scopes: GrantedScopes, clock: any MeetingClock = SystemClock(),
        pace: TimeInterval = Self.pace
    ) {
        lookup = MeetingLookup(client: client, scopes: scopes)
        self.clock = clock
        self.pace = max(0.05, pace)
    }

    /// Waits at most `limit` seconds for `reference` to go live. Returns at once when it already is.
    /// Throws `MeetingLookup.Problem` when Zoom has no such meeting (or it ended), `Problem` when its
    /// status cannot be read, the refusal when Zoom refuses, and `CancellationError` when cancelled.
    /// Passing failures (network, 5xx, a rate limit) are read past until the wait runs out.
    public func wait(
        for reference: MeetingReference, atMost limit: TimeInterval,
        progress: @escaping @Sendable (Progress) -> Void = { _ in }
    ) async throws -> Outcome {
        let deadline = clock.now.addingTimeInterval(max(0, limit))
        var lastSeen: MeetingDetails?
        while true {
            do {
                switch try await lookup.check(reference) {
                case .started(let details):
                    return .started(try MeetingLookup.inProgress(reference, details: details), details)
                case .notStarted(let details):
                    lastSeen = details
                case .notFound(let zoomSaid):
                    throw MeetingLookup.Problem.notFound(reference, zoomSaid: zoomSaid)
                case .unchecked(let reason):
                    throw Problem.cannotWatch(reason: reason)
                }
            } catch let error as ZoomAPIError where Self.isPassing(error) {
                // Zoom could not be asked this time; ask again at the next read.
            }
            let remaining = deadline.timeIntervalSince(clock.now)
            if let lastSeen { progress(.waiting(lastSeen, remaining: max(0, remaining))) }
            if remaining <= 0 {
                guard let lastSeen else {
                    throw Problem.cannotWatch(reason: "Zoom could not be asked before the wait ran out")
                }
                return .timedOut(lastSeen)
            }
            try await clock.sleep(seconds: min(pace, remaining))
        }
    }

    /// Whether a failed read is worth repeating at the next read: the network, a 5xx, a per-second
    /// rate limit, an unreadable answer. Refusals, rejected credentials and the daily limit are not.
    private static func isPassing(_ error: ZoomAPIError) -> Bool {
        switch error {
        case .transport, .malformedResponse: return true
        case .zoom(let status, _, _): return status >= 500
        case .rateLimited(let info): return !info.isDailyLimit
        case .missingScopes, .unauthorized, .credentials: return false
        }
    }
}
