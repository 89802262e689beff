import Foundation
import MeetingKit
import MeetingTestSupport
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

@testable import MeetingConsole

/// Three consoles opened in the same minute on an account of 2,000 meetings, with Zoom's rate
/// limits on: each asks for what its first screen needs (one page of the Dashboard list), so the
/// Resource-intensive label (20 a minute per account) is not exceeded.
final class ConsoleStartBudgetTests: XCTestCase {
    func testThreeConsolesStartingTogetherOnATwoThousandMeetingAccountGetNo429() async throws {
        var configuration = SimulatorConfiguration()
        configuration.meetingCount = 2000
        configuration.rateLimitsEnabled = true
        let simulator = try await ZoomSimulator.start(configuration)
        addTeardownBlock { await simulator.shutdown() }
        let app = SimulatedApp.accountLevel

        for _ in 0..<3 {
            let client = ZoomClient(
                configuration: .init(apiBaseURL: simulator.apiBaseURL), transport: CurlTransport(),
                tokens: PastedTokenProvider(token: Secret(await simulator.issueToken(for: app))))
            let identity = ConsoleIdentity(
                source: .serverToServer, scopes: .known(Set(app.scopes)),
                user: ActingUser(source: .serverToServer, configured: app.userID))
            var state = AppState(
                settings: ConsoleOptions(), identity: identity, now: Date(), size: TerminalSize(rows: 40, columns: 120))
            let (stream, continuation) = AsyncStream<Action>.makeStream(endingAfter: 30)
            let runner = EffectRunner(
                environment: ConsoleEnvironment(client: client, identity: identity), post: { continuation.yield($0) })
            let effects = Reducer.start(&state)
            effects.forEach(runner.perform)
            for await action in stream.prefix(effects.count) { _ = Reducer.reduce(&state, action) }
            XCTAssertEqual(state.meetings.items.count, RefreshIntervals.itemsPerPage, "the first page is shown")
            XCTAssertNotNil(state.meetings.nextPageToken)
        }

        let log = await simulator.requestLog().filter { $0.path.hasPrefix("/v2/") }
        XCTAssertEqual(log.filter { $0.status == 429 }.count, 0)
        XCTAssertEqual(
            log.filter { $0.path == "/v2/metrics/meetings" }.count, 3,
            "one page per console, not the whole list (7 pages)")
    }
}
