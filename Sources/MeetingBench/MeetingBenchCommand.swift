import ArgumentParser
import Foundation

/// `meeting-bench`: measures meeting-tui against the simulator on loopback and prints (and
/// writes) a table of every figure with its target. Run it through `scripts/bench.sh`, which
/// builds both in release mode first.
@main
struct MeetingBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting-bench",
        abstract:
            "Benchmark meeting-tui against zoom-sim: start-up, terminal bytes, keystrokes, memory, HTTP, call-outs, API economy, footprint."
    )

    @Option(help: "The meeting-tui executable to measure.")
    var meetingTUI: String

    @Flag(help: "Shorter runs: fewer repetitions, a 15 s idle window and a 1-minute API-economy run.")
    var quick = false

    @Option(help: "Repetitions of each measurement (default 7, or 3 with --quick).")
    var runs: Int?

    @Option(help: "Minutes of the three-console API-economy run (default 10, or 1 with --quick).")
    var economyMinutes: Double?

    @Option(help: "Seconds of the idle-terminal window (default 60, or 15 with --quick).")
    var idleSeconds: Double?

    @Option(help: "Only these benchmarks (1-8), comma-separated.")
    var only: String?

    @Option(help: "Write the Markdown table here as well.")
    var output: String?

    @Option(help: "The command line shown in the table.")
    var command = "make bench"

    func run() async throws {
        let executable = URL(fileURLWithPath: meetingTUI)
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw ValidationError("no meeting-tui executable at \(meetingTUI)")
        }
        let launch = ConsoleLaunch(executable: executable)
        let runs = self.runs ?? (quick ? 3 : 7)
        let selected = Set(
            (only ?? "1,2,3,4,5,6,7,8").split(separator: ",").compactMap {
                Int($0.trimmingCharacters(in: .whitespaces))
            })
        var rows: [ResultRow] = []
        func stage(_ number: Int, _ name: String, _ body: () async throws -> [ResultRow]) async {
            guard selected.contains(number) else { return }
            FileHandle.standardError.write(Data("meeting-bench: \(number). \(name)…\n".utf8))
            do {
                let result = try await body()
                rows += result
                for row in result {
                    FileHandle.standardError.write(
                        Data("  \(row.benchmark): \(row.figure) [\(row.verdict.rawValue)]\n".utf8))
                }
            } catch {
                rows.append(
                    ResultRow(
                        benchmark: "\(number). \(name)", figure: "failed", spread: "", target: "", verdict: .missed,
                        note: "\(error)"))
            }
        }
        await stage(1, "start-up") { try await StartupBenchmark(launch: launch, runs: runs).run() }
        await stage(2, "terminal bytes") {
            try await TerminalBytesBenchmark(
                launch: launch, runs: max(3, runs / 2), idleSeconds: idleSeconds ?? (quick ? 15 : 60)
            ).run()
        }
        await stage(3, "keystrokes") { KeystrokeBenchmark(runs: runs).run() }
        await stage(4, "memory") { try await MemoryBenchmark(launch: launch, runs: quick ? 1 : 3).run() }
        await stage(5, "client efficiency") { try await ClientEfficiencyBenchmark(runs: runs).run() }
        await stage(6, "call-out latency") {
            try await CalloutLatencyBenchmark(launch: launch, runs: max(5, runs)).run()
        }
        await stage(7, "API economy") {
            try await APIEconomyBenchmark(launch: launch, minutes: economyMinutes ?? (quick ? 1 : 10)).run()
        }
        await stage(8, "footprint") { try await FootprintBenchmark(launch: launch, runs: quick ? 1 : 3).run() }
        let table = ResultTable(rows: rows, machine: MachineDescription.text, command: command, date: Date())
        print(table.markdown)
        if let output { try Data(table.markdown.utf8).write(to: URL(fileURLWithPath: output)) }
    }
}
