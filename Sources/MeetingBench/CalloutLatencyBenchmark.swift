import Foundation
import ZoomSimulator
import ZoomSimulatorHTTP

/// 6. From the key that confirms a quick-key call-out to the PATCH arriving at the simulator.
struct CalloutLatencyBenchmark {
    var launch: ConsoleLaunch
    var runs: Int

    func run() async throws -> [ResultRow] {
        // The room never answers during the run, so every press sends a new call-out.
        let simulator = try await Account.start(meetings: 4, ringSeconds: 3600)
        defer { Task { await simulator.shutdown() } }
        let label = await Account.firstMeetingLabel(simulator)
        let terminal = try launch.start(simulator)
        defer { terminal.stop() }
        _ = try terminal.waitForFrame(containing: label, quiet: 0.5)
        var latencies: [Double] = []
        var toPreflight: [Double] = []
        for _ in 0..<runs {
            let before = await patches(simulator).count
            terminal.type("1")
            _ = try terminal.waitForFrame(containing: "Confirm invite", since: PtyProcess.now() - 1, quiet: 0.2)
            let pressed = Date()
            terminal.type("y")
            let deadline = pressed.addingTimeInterval(10)
            var arrived: Date?
            // The simulator stamps the PATCH when it handles it; polling its log slowly keeps the
            // harness from competing with it for the simulator's lock.
            while arrived == nil, Date() < deadline {
                let sent = await patches(simulator)
                if sent.count > before { arrived = sent.last?.date } else { await pause(0.02) }
            }
            guard let arrived else { throw BenchError("the call-out never reached the simulator") }
            latencies.append(arrived.timeIntervalSince(pressed) * 1000)
            let preflight = await simulator.requestLog().last {
                $0.method == "GET" && $0.date >= pressed && $0.date <= arrived
            }
            if let preflight { toPreflight.append(preflight.date.timeIntervalSince(pressed) * 1000) }
            _ = try terminal.waitForQuiet(quiet: 0.3)
        }
        let sample = Sample(latencies)
        let preflight = Sample(toPreflight)
        return [
            ResultRow(
                benchmark: "6. Call-out: confirm key to PATCH at the simulator",
                figure: "\(sample.median.formatted(2)) ms",
                spread: sample.spread("ms", decimals: 2), target: "< 5 ms", verdict: sample.median < 5 ? .met : .missed,
                note:
                    "includes the invite's preflight read of the participants before the PATCH; key to that read: \(preflight.median.formatted(2)) ms median"
            )
        ]
    }

    private func patches(_ simulator: ZoomSimulator) async -> [RecordedRequest] {
        await simulator.requestLog().filter { $0.method == "PATCH" }
    }
}
