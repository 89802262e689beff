/// Failures the simulator injects into REST API requests (`/v2/...`; the OAuth endpoints are
/// never faulted). Rates are probabilities from 0 to 1, drawn from the seeded generator.
public struct FaultConfiguration: Sendable, Hashable {
    /// Answer 500 or 503 without processing the request.
    public var serverErrorRate: Double
    /// Close the connection without processing the request and without answering.
    public var dropBeforeProcessingRate: Double
    /// Process the request (a call-out really happens), then close the connection without answering.
    public var dropAfterProcessingRate: Double
    /// Answer a GET with 200 and a body that is not JSON.
    public var malformedBodyRate: Double
    /// Extra seconds before each request is handled, drawn from this range.
    public var latency: ClosedRange<Double>?
    /// How often a request is held for an extra `latencySpike` (a slow moment at Zoom, or a congested path).
    public var latencySpikeRate: Double
    /// Extra seconds of a latency spike, drawn from this range; may exceed the client's timeout.
    public var latencySpike: ClosedRange<Double>?
    /// Every N API requests, all tokens issued so far expire (the Nth request already gets 401 code 124).
    public var expireTokensEveryRequests: Int?

    /// Creates a fault configuration; everything is off by default.
    public init(
        serverErrorRate: Double = 0, dropBeforeProcessingRate: Double = 0, dropAfterProcessingRate: Double = 0,
        malformedBodyRate: Double = 0, latency: ClosedRange<Double>? = nil, latencySpikeRate: Double = 0,
        latencySpike: ClosedRange<Double>? = nil, expireTokensEveryRequests: Int? = nil
    ) {
        self.serverErrorRate = serverErrorRate
        self.dropBeforeProcessingRate = dropBeforeProcessingRate
        self.dropAfterProcessingRate = dropAfterProcessingRate
        self.malformedBodyRate = malformedBodyRate
        self.latency = latency
        self.latencySpikeRate = latencySpikeRate
        self.latencySpike = latencySpike
        self.expireTokensEveryRequests = expireTokensEveryRequests
    }
}
