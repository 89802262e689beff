import Foundation
import Hummingbird
import Locking
import Logging

/// A stand-in for Zoom's REST API (`/v2`) and OAuth endpoints, served over real HTTP.
///
/// It behaves as zoom-api.md describes Zoom: tokens and scopes, Zoom's error bodies, pagination,
/// rate limits by plan, the Dashboard, and in-meeting events, including the origin failure (a
/// room-system call-out from a user-level app is answered 202 and silently dropped). Tests,
/// `meeting-tui --demo` and the `zoom-sim` executable run it; it shares no code with the client.
public final class ZoomSimulator: Sendable {
    /// The REST base URL, `http://host:port/v2`.
    public let apiBaseURL: URL
    /// The OAuth base URL, `http://host:port`.
    public let oauthBaseURL: URL
    private let state: SimulatorState
    private let server: Task<Void, any Error>

    private init(apiBaseURL: URL, oauthBaseURL: URL, state: SimulatorState, server: Task<Void, any Error>) {
        self.apiBaseURL = apiBaseURL
        self.oauthBaseURL = oauthBaseURL
        self.state = state
        self.server = server
    }

    /// Starts a simulator and returns once it is listening. Port 0 picks a free port.
    public static func start(_ configuration: SimulatorConfiguration = .init(), host: String = "127.0.0.1",
                             port: Int = 0) async throws -> ZoomSimulator {
        let state = SimulatorState(configuration: configuration)
        let startup = StartupSignal()
        let application = Application(
            responder: SimulatorResponder(state: state),
            configuration: .init(address: .hostname(host, port: port), serverName: "zoom-sim"),
            onServerRunning: { channel in startup.succeed(port: channel.localAddress?.port ?? port) },
            logger: Logger(label: "zoom-sim", factory: { _ in SwiftLogNoOpLogHandler() }))
        let server = Task {
            do {
                try await application.run()
                startup.fail(SimulatorStartError(reason: "the server stopped before listening"))
            } catch {
                startup.fail(error)
                throw error
            }
        }
        let boundPort: Int
        do {
            boundPort = try await startup.wait()
        } catch {
            server.cancel()
            throw error
        }
        let hostPart = host.contains(":") ? "[\(host)]" : host
        let base = "http://\(hostPart):\(boundPort)"
        await state.setBaseURL(base)
        return ZoomSimulator(apiBaseURL: URL(string: base + "/v2")!, oauthBaseURL: URL(string: base)!, state: state, server: server)
    }

    /// Runs `body` against a freshly started simulator and shuts it down afterwards, whatever `body` does.
    public static func withRunning(_ configuration: SimulatorConfiguration = .init(),
                                   _ body: (ZoomSimulator) async throws -> Void) async throws {
        let simulator = try await start(configuration)
        do {
            try await body(simulator)
        } catch {
            await simulator.shutdown()
            throw error
        }
        await simulator.shutdown()
    }

    /// Stops the server and waits until it has closed.
    public func shutdown() async {
        server.cancel()
        _ = await server.result
    }

    /// Every request received so far, in order, with its answer.
    public func requestLog() async -> [RecordedRequest] {
        await state.recordedRequests()
    }

    /// A bearer token as if `app` had obtained it (for pasted-token tests). `scopes` defaults to the app's.
    public func issueToken(for app: SimulatedApp, scopes: [String]? = nil, lifetime: TimeInterval? = nil) async -> String {
        await state.issueToken(for: app, scopes: scopes, lifetime: lifetime)
    }

    /// Replaces the injected faults.
    public func setFaults(_ faults: FaultConfiguration) async {
        await state.setFaults(faults)
    }

    /// The next `count` API requests (with `method` only, when given) are answered 429 with
    /// `Retry-After: retryAfter` (seconds or an HTTP date, sent as given; omitted when `nil`) and
    /// `X-RateLimit-Type: type`.
    public func forceRateLimit(next count: Int, retryAfter: String?, type: String = "QPS", method: String? = nil) async {
        await state.forceRateLimit(next: count, retryAfter: retryAfter, type: type, method: method)
    }

    /// Expires every token issued so far (the next API request with one gets 401 code 124).
    public func expireAllTokens() async {
        await state.expireAllTokens()
    }

    /// A snapshot of the live meetings with all their participants (building every roster).
    public func liveMeetings() async -> [SimulatedMeeting] {
        await state.liveMeetings()
    }

    /// The scheduled meetings that have not started (`GET /meetings/{id}` answers `status: waiting`).
    public func upcomingMeetings() async -> [UpcomingMeeting] {
        await state.upcomingMeetings()
    }

    /// Starts a scheduled meeting now, as if its host clicked Start; whether it was upcoming.
    @discardableResult
    public func startUpcomingMeeting(id: Int64) async -> Bool {
        await state.startUpcomingMeeting(id: id)
    }

    /// Approves a pending device authorization, as if the user entered `userCode` and clicked Allow.
    public func approveDeviceCode(userCode: String) async {
        _ = await state.approveDevice(userCode: userCode)
    }

    /// The numeric IDs of the live meetings, in list order (without building any roster).
    public func liveMeetingIDs() async -> [Int64] {
        await state.liveMeetingIDs()
    }

    /// Someone joins a live meeting now, as if they had clicked its link; whether the meeting was found.
    @discardableResult
    public func join(meetingID: Int64, name: String, device: String = "Windows") async -> Bool {
        await state.join(meetingID: meetingID, name: name, device: device)
    }

    /// The room called at `address` into a live meeting hangs up now (someone pressed hang-up
    /// on it); whether a connected room was found.
    @discardableResult
    public func hangUp(meetingID: Int64, address: String) async -> Bool {
        await state.hangUp(meetingID: meetingID, address: address)
    }

    /// The host ends a live meeting now: it leaves the live list and Zoom answers 3001 for it;
    /// whether it was live.
    @discardableResult
    public func endMeeting(meetingID: Int64) async -> Bool {
        await state.endMeeting(meetingID: meetingID)
    }

    /// Every call-out received so far, with whether it was placed and what became of it.
    public func callouts() async -> [SimulatedCallout] {
        await state.callouts()
    }
}

/// The server could not start listening.
struct SimulatorStartError: Error, CustomStringConvertible {
    var reason: String
    var description: String { "zoom-sim could not start: \(reason)" }
}

/// Hands the bound port (or the failure) from the server task to `start`, once.
private final class StartupSignal: Sendable {
    private enum Phase {
        case waiting
        case awaited(CheckedContinuation<Int, any Error>)
        case finished(Result<Int, any Error>)
    }

    private let phase = Locked(Phase.waiting)

    func succeed(port: Int) { finish(.success(port)) }

    func fail(_ error: any Error) { finish(.failure(error)) }

    private func finish(_ result: Result<Int, any Error>) {
        let continuation: CheckedContinuation<Int, any Error>? = phase.withLock { phase in
            switch phase {
            case .waiting:
                phase = .finished(result)
                return nil
            case .awaited(let continuation):
                phase = .finished(result)
                return continuation
            case .finished:
                return nil
            }
        }
        continuation?.resume(with: result)
    }

    func wait() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<Int, any Error>? = phase.withLock { phase in
                if case .finished(let result) = phase { return result }
                phase = .awaited(continuation)
                return nil
            }
            if let ready { continuation.resume(with: ready) }
        }
    }
}
