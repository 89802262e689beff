import Foundation
import ZoomSimulator

/// How a soak run is shaped: how many call-outs, how many at once, which faults, how fast things ring.
public struct SoakOptions: Sendable {
    /// Call-outs to run, each to its own room address.
    public var callouts: Int
    /// Invites in flight at once.
    public var concurrency: Int
    /// Faults the simulator injects into API requests (the OAuth endpoints are never faulted).
    public var faults: FaultConfiguration
    /// After this many invites have started, the next `rateLimitBurstLength` API requests get 429; `nil` for none.
    public var rateLimitBurstEvery: Int?
    /// How many requests one 429 burst covers.
    public var rateLimitBurstLength: Int
    /// Seconds from an accepted call-out until the room joins or gives up.
    public var ringSeconds: Double
    /// Seconds each invite watches the participants for its room.
    public var verifyTimeout: TimeInterval
    /// Seconds between participant reads while verifying.
    public var pollInterval: TimeInterval
    /// The transport's whole-request timeout; latency spikes longer than it become lost answers.
    public var requestTimeout: TimeInterval
    /// Seed of the simulator's random choices (faults included).
    public var seed: UInt64

    /// The faults of the full soak: 5% 5xx, 5% dropped before and 5% after processing, a token
    /// expiring every 100 requests, 0-20 ms of latency with 2% spikes of 1-4 s.
    public static let standardFaults = FaultConfiguration(
        serverErrorRate: 0.05, dropBeforeProcessingRate: 0.05, dropAfterProcessingRate: 0.05,
        latency: 0...0.02, latencySpikeRate: 0.02, latencySpike: 1...4, expireTokensEveryRequests: 100)

    /// Creates options; the defaults are those of the full soak except the number of call-outs.
    public init(
        callouts: Int, concurrency: Int = 24, faults: FaultConfiguration = SoakOptions.standardFaults,
        rateLimitBurstEvery: Int? = 50, rateLimitBurstLength: Int = 6, ringSeconds: Double = 0.5,
        verifyTimeout: TimeInterval = 6, pollInterval: TimeInterval = 0.25, requestTimeout: TimeInterval = 3,
        seed: UInt64 = 1
    ) {
        self.callouts = callouts
        self.concurrency = concurrency
        self.faults = faults
        self.rateLimitBurstEvery = rateLimitBurstEvery
        self.rateLimitBurstLength = rateLimitBurstLength
        self.ringSeconds = ringSeconds
        self.verifyTimeout = verifyTimeout
        self.pollInterval = pollInterval
        self.requestTimeout = requestTimeout
        self.seed = seed
    }
}
