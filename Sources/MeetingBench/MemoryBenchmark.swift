import Foundation
import MeetingConsole
import ZoomSimulator
import ZoomSimulatorHTTP

/// 4. Peak resident memory of `meeting-tui` with 2,000 live meetings listed and a meeting of
///    10,000 participants open.
struct MemoryBenchmark {
    var launch: ConsoleLaunch
    var runs: Int

    func run() async throws -> [ResultRow] {
        let simulator = try await Account.start(meetings: 2000, firstMeeting: 10_000)
        defer { Task { await simulator.shutdown() } }
        let label = await Account.firstMeetingLabel(simulator)
        var peaks: [Double] = []
        for _ in 0..<runs {
            let before = await simulator.requestLog().count
            let terminal = try launch.start(simulator)
            _ = try terminal.waitForFrame(containing: label, quiet: 0.5)
            // The console lists the meetings page by page as the cursor reaches the end: `G` until
            // every page of the 2,000 is listed, then back to the first meeting and open it.
            let deadline = Date().addingTimeInterval(60)
            var listed = 1
            while listed < RefreshIntervals.pages(2000) {
                terminal.type("G")
                while await pagesServed(simulator, after: before, path: { $0 == "/v2/metrics/meetings" }) <= listed {
                    guard Date() < deadline else { throw BenchError("the meeting list never finished loading") }
                    await pause(0.05)
                }
                listed += 1
            }
            terminal.type("g\r")
            // Every page of the 10,000 (300 a page) has been served, and painted.
            while await pagesServed(simulator, after: before, path: { $0.hasSuffix("/participants") })
                < RefreshIntervals.pages(10_000)
            {
                guard Date() < deadline else { throw BenchError("the participant list never finished loading") }
                await pause(0.05)
            }
            _ = try terminal.waitForQuiet(quiet: 1)
            peaks.append(Double(Self.peakRSSKilobytes(of: terminal.process.processIdentifier)) / 1024)
            terminal.stop()
        }
        let sample = Sample(peaks)
        return [
            ResultRow(
                benchmark: "4. Peak RSS, 2,000 meetings + 10,000-participant meeting open",
                figure: "\(sample.median.formatted()) MiB", spread: sample.spread("MiB"), target: "<= 40 MiB",
                verdict: sample.median <= 40 ? .met : .missed)
        ]
    }

    /// Pages of a list served since request number `start`, the list named by its path.
    private func pagesServed(_ simulator: ZoomSimulator, after start: Int, path: (String) -> Bool) async -> Int {
        await simulator.requestLog().dropFirst(start).filter { $0.method == "GET" && path($0.path) && $0.status == 200 }
            .count
    }

    /// `VmHWM` of a process: the most memory it has had resident.
    static func peakRSSKilobytes(of pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    }
}
