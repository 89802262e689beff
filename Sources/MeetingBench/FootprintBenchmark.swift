import Foundation
import ZoomSimulator
import ZoomSimulatorHTTP

/// 8. What `meeting-tui` costs a server: the binary's size on disk and the memory a console idling
///    on a small account holds, each beside `htop`, `tig` and `curl` measured in the same run.
struct FootprintBenchmark {
    var launch: ConsoleLaunch
    var runs: Int
    /// How long each full-screen program idles before its peak resident memory is read.
    var idleSeconds = 5.0

    /// The anchors: programs operators already run on servers.
    static let anchors = ["htop", "tig", "curl"]

    func run() async throws -> [ResultRow] {
        let anchors = try Self.anchors.map { name in
            guard let path = ChildProcess.onPath(name) else {
                throw BenchError("\(name) is not installed (scripts/setup.sh installs it)")
            }
            return (name, path)
        }
        let ours = launch.executable.path
        let sizes = anchors.map { "\($0.0) \(Self.mebibytes(Self.fileSize($0.1)))" }.joined(separator: ", ")
        let withLibraries = ([("meeting-tui", ours)] + anchors)
            .map { "\($0.0) \(Self.mebibytes(Self.fileSize($0.1) + Self.sharedLibrariesSize($0.1)))" }.joined(
                separator: ", ")
        let size = Self.fileSize(ours)

        let simulator = try await Account.start(meetings: 2)
        defer { Task { await simulator.shutdown() } }
        let label = await Account.firstMeetingLabel(simulator)
        var console: [Double] = []
        for _ in 0..<runs {
            let terminal = try launch.start(simulator)
            _ = try terminal.waitForFrame(containing: label)
            await pause(idleSeconds)
            console.append(Double(MemoryBenchmark.peakRSSKilobytes(of: terminal.process.processIdentifier)) / 1024)
            terminal.stop()
        }
        let resident = Sample(console)
        var anchorResident: [String] = []
        for (name, path) in anchors {
            let peak = name == "curl" ? try await curlPeak(path, simulator) : try idlePeak(path)
            anchorResident.append("\(name) \(peak.formatted()) MiB")
        }
        let mib = Double(size) / 1_048_576
        return [
            ResultRow(
                benchmark: "8. Binary on disk (stripped)", figure: Self.mebibytes(size), spread: sizes,
                target: "<= 20 MiB",
                verdict: mib <= 20 ? .met : .missed,
                note: "with the shared libraries each loads (ldd): \(withLibraries)"),
            ResultRow(
                benchmark: "8. Peak RSS, console idle \(idleSeconds.formatted()) s on a 2-meeting account",
                figure: "\(resident.median.formatted()) MiB",
                spread: resident.spread("MiB") + "; " + anchorResident.joined(separator: ", "),
                target: "<= 20 MiB", verdict: resident.median <= 20 ? .met : .missed,
                note:
                    "htop and tig idle \(idleSeconds.formatted()) s in the same terminal size; curl: one GET of the meeting list"
            ),
        ]
    }

    /// Peak resident megabytes of a full-screen program idling on a pseudo-terminal (in this
    /// directory, as its controlling terminal: tig opens /dev/tty), then quit with `q`.
    private func idlePeak(_ path: String) throws -> Double {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("meeting-bench-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: report) }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        let (wrapper, arguments) = ChildProcess.peakMemoryWrapper(
            reportingTo: report, ["/usr/bin/setsid", "-w", "-c", path])
        let terminal = try PtyProcess(
            executable: URL(fileURLWithPath: wrapper), arguments: arguments, environment: environment,
            rows: 30, columns: 100)
        _ = try terminal.waitForQuiet(quiet: 0.5, timeout: 10)
        Thread.sleep(forTimeInterval: idleSeconds)
        terminal.type("q")
        let deadline = Date().addingTimeInterval(5)
        while terminal.process.isRunning, Date() < deadline { usleep(10_000) }
        guard !terminal.process.isRunning else {
            terminal.stop()
            throw BenchError("\(path) did not quit on q")
        }
        return Double(try ChildProcess.reportedPeakKilobytes(report)) / 1024
    }

    /// Peak resident megabytes of `curl` fetching the meeting list once.
    private func curlPeak(_ path: String, _ simulator: ZoomSimulator) async throws -> Double {
        let token = await simulator.issueToken(for: .accountLevel)
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("meeting-bench-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let (wrapper, arguments) = ChildProcess.peakMemoryWrapper(
            reportingTo: report,
            [
                path, "-s", "-o", "/dev/null", "-H", "Authorization: Bearer \(token)",
                simulator.apiBaseURL.absoluteString + "/metrics/meetings?type=live&page_size=300",
            ])
        _ = try ChildProcess.run(wrapper, arguments)
        return Double(try ChildProcess.reportedPeakKilobytes(report)) / 1024
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Bytes of the shared libraries `ldd` lists for a program (the dynamic loader and vDSO aside).
    static func sharedLibrariesSize(_ path: String) -> Int {
        guard let listing = try? ChildProcess.run("/usr/bin/ldd", [path]),
            let text = String(data: listing, encoding: .utf8)
        else { return 0 }
        let libraries = text.split(separator: "\n").compactMap { line -> String? in
            guard let arrow = line.range(of: "=> /") else { return nil }
            return line[line.index(before: arrow.upperBound)...].split(separator: " ").first.map(String.init)
        }
        return Set(libraries).map(fileSize).reduce(0, +)
    }

    static func mebibytes(_ bytes: Int) -> String {
        "\((Double(bytes) / 1_048_576).formatted(1)) MiB"
    }
}
