import FoundationEssentials

/// The time source and sleeper behind retries, token expiry, verification polling and the
/// simulator's rings, activity and token lifetimes.
///
/// `SystemClock` is the production implementation. Tests give the client and the simulator one
/// `ManualClock` (MeetingTestSupport), so simulated time passes without waiting on the wall clock.
public protocol MeetingClock: Sendable {
    /// The current time.
    var now: Date { get }
    /// Suspends for the given number of seconds (or until cancelled).
    func sleep(seconds: Double) async throws
}
