import Foundation
import ZoomSimulator
import ZoomSimulatorHTTP

/// 1. Process start to the first complete frame of the meetings list, against two `curl`
///    processes making the same two requests (token, then the meeting list).
struct StartupBenchmark {
    var launch: ConsoleLaunch
    var runs: Int

    func run() async throws -> [ResultRow] {
        let simulator = try await Account.start(meetings: 30)
        defer { Task { await simulator.shutdown() } }
        let label = await Account.firstMeetingLabel(simulator)
        var console: [Double] = []
        for _ in 0..<runs {
            let terminal = try launch.start(simulator)
            let frame = try terminal.waitForFrame(containing: label)
            console.append(Double(frame - terminal.startedAt) / 1e6)
            terminal.stop()
        }
        var curl: [Double] = []
        for _ in 0..<runs { curl.append(try curlStartup(simulator)) }
        let ours = Sample(console)
        let baseline = Sample(curl)
        let ratio = ours.median / baseline.median
        return [
            ResultRow(
                benchmark: "1. Start-up to first meetings frame", figure: "\(ours.median.formatted()) ms",
                spread: ours.spread("ms"), target: "< 100 ms", verdict: ours.median < 100 ? .met : .missed),
            ResultRow(
                benchmark: "1. Start-up vs two curl processes",
                figure: "\(ratio.formatted(2))x (curl \(baseline.median.formatted()) ms)",
                spread: "curl " + baseline.spread("ms"), target: "<= 1.2x", verdict: ratio <= 1.2 ? .met : .missed),
        ]
    }

    /// Milliseconds for `curl` to get a token and then the meeting list, each in a process of its own.
    private func curlStartup(_ simulator: ZoomSimulator) throws -> Double {
        let app = SimulatedApp.accountLevel
        let day = ISO8601DateFormatter.string(
            from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        let started = PtyProcess.now()
        let tokenJSON = try ChildProcess.run(
            ChildProcess.curl,
            [
                "-s", "-u", "\(app.clientID):\(app.clientSecret ?? "")", "-d", "grant_type=account_credentials",
                "-d", "account_id=\(app.accountID)",
                simulator.oauthBaseURL.appendingPathComponent("oauth/token").absoluteString,
            ])
        guard let object = try JSONSerialization.jsonObject(with: tokenJSON) as? [String: Any],
            let token = object["access_token"] as? String
        else { throw BenchError("curl got no token") }
        _ = try ChildProcess.run(
            ChildProcess.curl,
            [
                "-s", "-H", "Authorization: Bearer \(token)", "-H", "Accept: application/json",
                simulator.apiBaseURL.absoluteString + "/metrics/meetings?type=live&from=\(day)&to=\(day)&page_size=300",
            ])
        return Double(PtyProcess.now() - started) / 1e6
    }
}
