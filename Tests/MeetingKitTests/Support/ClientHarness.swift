import Foundation
import MeetingKit
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// A simulator on loopback and the real client (over `CurlTransport`) pointed at it.
struct ClientHarness {
    let simulator: ZoomSimulator
    let client: ZoomClient
    let tokens: SimulatorTokenProvider
    /// The simulator's and the client's time: sleeps move it on at once, so rings, polls and retry delays cost nothing.
    let clock: ManualClock

    /// Retries that give up after three attempts; the manual clock makes their delays free.
    static let retry = RetryPolicy(
        readAttempts: 3, unprocessedAttempts: 3, baseDelay: 0.5, maxDelay: 2, maxRateLimitWait: 30)

    /// A simulator configuration for client tests: no real rate limits unless asked for, short rings.
    static func configuration(_ adjust: (inout SimulatorConfiguration) -> Void = { _ in }) -> SimulatorConfiguration {
        var configuration = SimulatorConfiguration()
        configuration.rateLimitsEnabled = false
        configuration.ringSeconds = 0.2
        adjust(&configuration)
        return configuration
    }

    /// Starts a simulator and a client acting as `app`; the simulator is shut down when `test` ends.
    static func start(
        _ configuration: SimulatorConfiguration = configuration(), app: SimulatedApp = .accountLevel,
        for test: XCTestCase
    ) async throws -> ClientHarness {
        let clock = ManualClock()
        var configuration = configuration
        configuration.clock = clock
        let simulator = try await ZoomSimulator.start(configuration)
        test.addTeardownBlock { await simulator.shutdown() }
        let tokens = SimulatorTokenProvider(simulator: simulator, app: app)
        let client = ZoomClient(
            configuration: .init(apiBaseURL: simulator.apiBaseURL, retry: retry),
            transport: CurlTransport(), tokens: tokens, clock: clock)
        return ClientHarness(simulator: simulator, client: client, tokens: tokens, clock: clock)
    }

    /// The first live meeting that matches, failing the test when there is none.
    func liveMeeting(
        _ description: String = "live meeting",
        where matches: (SimulatedMeeting) -> Bool = { _ in true }
    ) async throws -> SimulatedMeeting {
        let meetings = await simulator.liveMeetings()
        return try XCTUnwrap(
            meetings.first(where: matches), "the simulator has no \(description): the test would prove nothing")
    }

    /// The first REST request received for `method` and `path`, failing the test when there is none.
    func firstRequest(_ method: String, _ path: String) async throws -> RecordedRequest {
        let received = await requests(method, path)
        return try XCTUnwrap(received.first, "the simulator received no \(method) \(path)")
    }

    /// The REST requests the simulator received whose path (after `/v2`) starts with `path`.
    func requests(_ method: String, _ path: String) async -> [RecordedRequest] {
        await simulator.requestLog().filter { $0.method == method && $0.path.hasPrefix("/v2" + path) }
    }
}
