import Foundation
import MeetingKit
import ZoomSimulator
import ZoomSimulatorHTTP

/// Runs many room-system invites through the real client stack (`InviteWorkflow`, `ZoomClient`,
/// `CurlTransport`, `ServerToServerTokenProvider`) against an in-process simulator with faults on,
/// then holds every report up against the simulator's record of what really happened.
public enum SoakRunner {
    /// Runs the soak. `progress` is called with the number of finished invites.
    public static func run(_ options: SoakOptions, progress: @escaping @Sendable (Int) -> Void = { _ in }) async throws
        -> SoakFigures
    {
        let started = Date()
        let simulator = try await ZoomSimulator.start(simulatorConfiguration(options))
        do {
            let figures = try await run(options, against: simulator, progress: progress)
            await simulator.shutdown()
            var result = figures
            result.seconds = Date().timeIntervalSince(started)
            return result
        } catch {
            await simulator.shutdown()
            throw error
        }
    }

    static func simulatorConfiguration(_ options: SoakOptions) -> SimulatorConfiguration {
        var configuration = SimulatorConfiguration()
        configuration.seed = options.seed
        configuration.meetingCount = 8
        configuration.rateLimitsEnabled = false
        configuration.ringSeconds = options.ringSeconds
        configuration.faults = options.faults
        let indices = 0..<options.callouts
        configuration.unreachableAddresses = Set(
            indices.filter(SoakAddressPlan.isUnreachable).map(SoakAddressPlan.address))
        configuration.busyAddresses = Set(indices.filter(SoakAddressPlan.isBusy).map(SoakAddressPlan.address))
        return configuration
    }

    private static func run(
        _ options: SoakOptions, against simulator: ZoomSimulator,
        progress: @escaping @Sendable (Int) -> Void
    ) async throws -> SoakFigures {
        let workDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "meeting-soak-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workDirectory) }
        let auditLog = AuditLog(fileURL: workDirectory.appendingPathComponent("audit.log"))

        let transport = CurlTransport(configuration: .init(connectTimeout: 2, totalTimeout: options.requestTimeout))
        let app = SimulatedApp.accountLevel
        let tokens = ServerToServerTokenProvider(
            credentials: ServerToServerCredentials(
                accountID: app.accountID, clientID: app.clientID, clientSecret: Secret(app.clientSecret ?? "")),
            oauth: OAuthClient(baseURL: simulator.oauthBaseURL, transport: transport), store: nil)
        let retry = RetryPolicy(
            readAttempts: 4, unprocessedAttempts: 5, baseDelay: 0.1, maxDelay: 1, maxRateLimitWait: 5)
        let client = ZoomClient(
            configuration: .init(apiBaseURL: simulator.apiBaseURL, retry: retry), transport: transport, tokens: tokens)
        let workflow = InviteWorkflow(
            client: client, scopes: .known(Set(app.scopes)), source: .serverToServer,
            auditLog: auditLog, pollInterval: options.pollInterval)
        let meetings = await simulator.liveMeetings().map(\.id)
        guard !meetings.isEmpty else { throw SoakError(reason: "the simulator has no live meeting") }

        let requests = try (0..<options.callouts).map { index in
            InviteRequest(
                meeting: .id(meetings[index % meetings.count]),
                target: try RoomSystemAddress.parse(callType: .sip, input: SoakAddressPlan.address(index)),
                timeout: options.verifyTimeout)
        }
        let reports = await runAll(
            requests, options: options, workflow: workflow, simulator: simulator, progress: progress)

        // Let every call-out still ringing settle before reading the truth.
        try await Task.sleep(nanoseconds: UInt64((options.ringSeconds + options.requestTimeout + 0.5) * 1_000_000_000))
        let callouts = await simulator.callouts()
        let log = await simulator.requestLog()
        let audited = try auditLog.entries().compactMap(\.target)
        return compare(options: options, reports: reports, callouts: callouts, audited: audited, requestLog: log)
    }

    /// Runs the invites with at most `options.concurrency` in flight, forcing a 429 burst every so often.
    private static func runAll(
        _ requests: [InviteRequest], options: SoakOptions, workflow: InviteWorkflow,
        simulator: ZoomSimulator, progress: @escaping @Sendable (Int) -> Void
    ) async -> [Int: InviteReport] {
        await withTaskGroup(of: (Int, InviteReport).self) { group in
            var reports: [Int: InviteReport] = [:]
            var next = 0
            func start() async {
                let index = next
                next += 1
                if let every = options.rateLimitBurstEvery, every > 0, index > 0, index % every == 0 {
                    await simulator.forceRateLimit(next: options.rateLimitBurstLength, retryAfter: "1")
                }
                let request = requests[index]
                group.addTask { (index, await workflow.run(request)) }
            }
            while next < min(options.concurrency, requests.count) { await start() }
            while let (index, report) = await group.next() {
                reports[index] = report
                progress(reports.count)
                if next < requests.count { await start() }
            }
            return reports
        }
    }

    static func compare(
        options: SoakOptions, reports: [Int: InviteReport], callouts: [SimulatedCallout],
        audited: [String], requestLog: [RecordedRequest]
    ) -> SoakFigures {
        let calloutsByAddress = Dictionary(grouping: callouts, by: \.address)
        let auditedTargets = Set(audited)
        var figures = SoakFigures()
        figures.callouts = options.callouts
        for index in 0..<options.callouts {
            let address = SoakAddressPlan.address(index)
            let placed = calloutsByAddress[address] ?? []
            let reallyJoined = placed.contains(where: \.joined)
            if placed.count > 1 { figures.sentTwice += 1 }
            guard let report = reports[index], auditedTargets.contains(report.target.description) else {
                figures.lost += 1
                continue
            }
            switch report.outcome {
            case .joined, .waitingRoom:
                figures.joined += 1
                if !reallyJoined { figures.falselyJoined += 1 }
            case .notJoined:
                figures.notJoined += 1
                if reallyJoined { figures.joinedAfterTheWindow += 1 }
            case .unconfirmed:
                figures.unconfirmed += 1
                if reallyJoined { figures.unconfirmedButJoined += 1 }
            case .refused, .failed:
                figures.failed += 1
                if !placed.isEmpty { figures.falselyFailed += 1 }
            }
        }
        let api = requestLog.filter { $0.path.hasPrefix("/v2/") }
        figures.apiRequests = api.count
        for request in api {
            guard let kind = faultKind(request) else { continue }
            figures.injected[kind, default: 0] += 1
        }
        return figures
    }

    /// The kind of fault a recorded request met, if any.
    private static func faultKind(_ request: RecordedRequest) -> String? {
        let note = request.note ?? ""
        if note.hasPrefix("dropped before") { return "dropped before processing" }
        if note.hasPrefix("dropped after") { return "dropped after processing" }
        if note.hasPrefix("injected 5") { return "5xx" }
        if request.status == 429 { return "429" }
        if request.status == 401 { return "401 expired token" }
        return nil
    }
}

/// The soak could not run at all.
public struct SoakError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { "the soak could not run: \(reason)" }
}
