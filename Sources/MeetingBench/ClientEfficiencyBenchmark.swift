import Foundation
import MeetingKit
import ZoomSimulator
import ZoomSimulatorHTTP

/// 5. 200 sequential GETs through MeetingKit's transport against `curl` fetching the same 200
///    URLs in one process (keep-alive), and how many TCP connections each opened.
struct ClientEfficiencyBenchmark {
    var runs: Int

    static let requestCount = 200

    func run() async throws -> [ResultRow] {
        let simulator = try await Account.start(meetings: Self.requestCount)
        defer { Task { await simulator.shutdown() } }
        let token = await simulator.issueToken(for: .accountLevel)
        let base = simulator.apiBaseURL.absoluteString
        let urls = await simulator.liveMeetingIDs().map {
            "\(base)/metrics/meetings/\($0)/participants?type=live&page_size=30"
        }
        var ours: [Double] = []
        var theirs: [Double] = []
        var ourConnections = 0
        var curlConnections = 0
        for _ in 0..<runs {
            let transport = CurlTransport()
            let start = PtyProcess.now()
            for url in urls {
                let response = try await transport.send(
                    HTTPRequest(
                        method: .get, url: URL(string: url)!,
                        headers: [
                            "Authorization": "Bearer \(token)", "Accept": "application/json",
                        ]))
                guard response.status == 200 else { throw BenchError("GET answered \(response.status)") }
            }
            ours.append(Double(PtyProcess.now() - start) / 1e6)
            ourConnections = transport.statistics.connectionsOpened

            let curlStart = PtyProcess.now()
            let output = try ChildProcess.run(
                ChildProcess.curl,
                [
                    "-s", "-H", "Authorization: Bearer \(token)", "-H", "Accept: application/json",
                    "-w", "%{num_connects}\\n",
                ] + urls.flatMap { [$0, "-o", "/dev/null"] })
            theirs.append(Double(PtyProcess.now() - curlStart) / 1e6)
            curlConnections = String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { Int($0) }
                .reduce(0, +)
        }
        let mine = Sample(ours)
        let curl = Sample(theirs)
        let ratio = mine.median / curl.median
        return [
            ResultRow(
                benchmark: "5. 200 sequential GETs vs curl (one process, keep-alive)",
                figure: "\(ratio.formatted(2))x (\(mine.median.formatted()) ms vs \(curl.median.formatted()) ms)",
                spread: "ours " + mine.spread("ms") + "; curl " + curl.spread("ms"), target: "<= 1.2x",
                verdict: ratio <= 1.2 ? .met : .missed,
                note: "TCP connections opened: meeting-tui \(ourConnections), curl \(curlConnections)")
        ]
    }
}
