import Clocks
import FoundationEssentials

/// A stand-in for Zoom's REST API (`/v2`) and OAuth endpoints: Zoom's behaviour as a state machine
/// that answers one request at a time, with no network of its own.
///
/// It behaves as docs/zoom-api.md describes Zoom: tokens and scopes, Zoom's error bodies, pagination,
/// rate limits by plan, the Dashboard, and in-meeting events, including the origin failure (a
/// room-system call-out from a user-level app is answered 202 and silently dropped).
/// `meeting-tui --demo` drives it in-process through `respond(to:)`; `ZoomSimulatorHTTP` serves it
/// over real HTTP for `zoom-sim`, the benchmarks and the tests. It shares no code with the client.
public final class ZoomSimulator: Sendable {
    /// The REST base URL, `BASE/v2`.
    public let apiBaseURL: URL
    /// The OAuth base URL (what OAuth redirects and the device page name).
    public let oauthBaseURL: URL
    private let state: SimulatorState
    /// The simulator's time (`SimulatorConfiguration.clock`): rings, activity, token lifetimes, rate-limit
    /// windows, fault delays and the dates of recorded requests follow it.
    private let clock: any MeetingClock
    private let stopFrontEnd: @Sendable () async -> Void

    /// Where an in-process simulator says it is: requests never leave the process, so nothing listens here.
    public static let inProcessBaseURL = "http://127.0.0.1"

    /// A simulator driven in-process (by `respond(to:)`), as if served at `inProcessBaseURL`.
    public convenience init(_ configuration: SimulatorConfiguration = .init()) {
        self.init(configuration, baseURL: Self.inProcessBaseURL, stopFrontEnd: {})
    }

    /// A simulator served at `baseURL` (`http://host:port`) by a front end that `stopFrontEnd` stops.
    package init(
        _ configuration: SimulatorConfiguration, baseURL: String, stopFrontEnd: @escaping @Sendable () async -> Void
    ) {
        state = SimulatorState(configuration: configuration, baseURL: baseURL)
        clock = configuration.clock
        apiBaseURL = URL(string: baseURL + "/v2")!
        oauthBaseURL = URL(string: baseURL)!
        self.stopFrontEnd = stopFrontEnd
    }

    /// Stops the front end serving this simulator (the HTTP server, when it has one) and waits until it has closed.
    public func shutdown() async {
        await stopFrontEnd()
    }

    /// Answers one request: REST calls under `/v2` (with the injected faults) and the OAuth endpoints;
    /// `nil` when a fault closes the connection without an answer. Every request is recorded.
    public func respond(to request: IncomingRequest) async -> OutgoingResponse? {
        let segments = PercentDecoding.segments(of: request.rawPath)
        guard segments.first == "v2" else {
            let (answer, clientID) = await state.handleOAuth(request, now: clock.now)
            await state.record(entry(for: request, answer: answer, clientID: clientID))
            return answer
        }
        let faults = await state.planFaults(method: request.method)
        if faults.delay > 0 { try? await clock.sleep(seconds: faults.delay) }
        if faults.dropBeforeProcessing {
            await state.record(entry(for: request, answer: nil, note: "dropped before processing"))
            return nil
        }
        if let status = faults.serverError {
            await state.record(entry(for: request, answer: FaultPlan.serverErrorResponse(status)))
            return FaultPlan.serverErrorResponse(status)
        }
        var (answer, token) = await state.handleAPI(request, segments: Array(segments.dropFirst()), now: clock.now)
        if faults.dropAfterProcessing {
            let note = ["dropped after processing", answer.note].compactMap { $0 }.joined(separator: "; ")
            await state.record(
                entry(for: request, answer: nil, clientID: token?.app.clientID, scopes: token?.scopes ?? [], note: note)
            )
            return nil
        }
        if faults.malformedBody, answer.status == 200 { answer = FaultPlan.malformedResponse }
        await state.record(
            entry(for: request, answer: answer, clientID: token?.app.clientID, scopes: token?.scopes ?? []))
        return answer
    }

    private func entry(
        for request: IncomingRequest, answer: OutgoingResponse?, clientID: String? = nil,
        scopes: [String] = [], note: String? = nil
    ) -> RecordedRequest {
        RecordedRequest(
            method: request.method, path: request.rawPath, query: request.rawQuery, body: request.body,
            status: answer?.status, appClientID: clientID, tokenScopes: scopes, date: clock.now,
            note: note ?? answer?.note)
    }

    /// Every request received so far, in order, with its answer.
    public func requestLog() async -> [RecordedRequest] {
        await state.recordedRequests()
    }

    /// A bearer token as if `app` had obtained it (for pasted-token tests). `scopes` defaults to the app's.
    public func issueToken(for app: SimulatedApp, scopes: [String]? = nil, lifetime: TimeInterval? = nil) async
        -> String
    {
        await state.issueToken(for: app, scopes: scopes, lifetime: lifetime)
    }

    /// Replaces the injected faults.
    public func setFaults(_ faults: FaultConfiguration) async {
        await state.setFaults(faults)
    }

    /// The next `count` API requests (with `method` only, when given) are answered 429 with
    /// `Retry-After: retryAfter` (seconds or an HTTP date, sent as given; omitted when `nil`) and
    /// `X-RateLimit-Type: type`.
    public func forceRateLimit(next count: Int, retryAfter: String?, type: String = "QPS", method: String? = nil) async
    {
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
