import Foundation
import ZoomSimulator
import ZoomSimulatorHTTP

/// 2. Bytes written to the terminal, read from a pseudo-terminal as an SSH client would see them:
///    an idle minute, one participant joining a 1,000-row list, and a full repaint after a resize.
struct TerminalBytesBenchmark {
    var launch: ConsoleLaunch
    var runs: Int
    var idleSeconds: Double

    static let rows = 30, columns = 100

    func run() async throws -> [ResultRow] {
        var launch = self.launch
        launch.participantsRefresh = 3
        let simulator = try await Account.start(meetings: 1000, firstMeeting: 1000)
        defer { Task { await simulator.shutdown() } }
        let label = await Account.firstMeetingLabel(simulator)
        let meetingID = await Account.firstMeetingID(simulator)
        let terminal = try launch.start(simulator, rows: Self.rows, columns: Self.columns)
        defer { terminal.stop() }
        _ = try terminal.waitForFrame(containing: label, quiet: 1)

        // An idle minute on the meeting list (1,000 meetings, background refreshes running).
        let idleStart = PtyProcess.now()
        await pause(idleSeconds)
        let idleBytes = terminal.bytes(from: idleStart)

        // Full repaints: the terminal changes size.
        var repaints: [Double] = []
        for run in 0..<runs {
            let start = PtyProcess.now()
            let (rows, columns) = run % 2 == 0 ? (40, 120) : (Self.rows, Self.columns)
            terminal.resize(rows: rows, columns: columns)
            try nextBurst(terminal, after: start)
            repaints.append(Double(terminal.bytes(from: start)))
        }
        if runs % 2 == 1 {
            let start = PtyProcess.now()
            terminal.resize(rows: Self.rows, columns: Self.columns)
            try nextBurst(terminal, after: start)
        }

        // The first meeting's 1,000 participants, refreshed every 3 s: bytes of a refresh in which
        // nothing changed, and of one in which someone joined.
        terminal.type("\r")
        _ = try terminal.waitForFrame(containing: "waiting", since: PtyProcess.now(), quiet: 1)
        // Each window is long enough to hold one refresh (3 s apart) and its painting.
        let window = Double(launch.participantsRefresh) + 1.5
        var unchanged: [Double] = []
        var joined: [Double] = []
        for run in 0..<runs {
            let quietStart = PtyProcess.now()
            await pause(window)
            unchanged.append(Double(terminal.bytes(from: quietStart)))
            let joinStart = PtyProcess.now()
            await simulator.join(meetingID: meetingID, name: "Bench Joiner \(run + 1)")
            await pause(window)
            joined.append(Double(terminal.bytes(from: joinStart)))
        }
        let rowBytes = Double(Self.columns)
        let join = Sample(joined)
        let quiet = Sample(unchanged)
        let repaint = Sample(repaints)
        return [
            ResultRow(
                benchmark: "2. Bytes over \(Int(idleSeconds)) idle seconds (1,000 meetings listed)",
                figure: "\(idleBytes) B",
                spread: "1 run", target: "0 B", verdict: idleBytes == 0 ? .met : .missed),
            ResultRow(
                benchmark: "2. Bytes for one participant joining a 1,000-row list",
                figure: "\(Int(join.median)) B (\((join.median / rowBytes).formatted(2)) rows)",
                spread: join.spread("B", decimals: 0), target: "< 2 rows (\(2 * Int(rowBytes)) B)",
                verdict: join.median < 2 * rowBytes ? .met : .missed,
                note:
                    "a row is \(Int(rowBytes)) cells at \(Self.columns) columns; a refresh in which nothing changed wrote \(Int(quiet.median)) B (median)"
            ),
            ResultRow(
                benchmark: "2. Bytes for a full repaint after a resize (100x30 <-> 120x40)",
                figure: "\(Int(repaint.median)) B",
                spread: repaint.spread("B", decimals: 0), target: "reported", verdict: .reported),
        ]
    }

    /// Waits for output after `start`, then for it to stop.
    private func nextBurst(_ terminal: PtyProcess, after start: UInt64) throws {
        let deadline = start + 10_000_000_000
        while (terminal.received.last?.time ?? 0) < start {
            guard PtyProcess.now() < deadline else { throw BenchError("no refresh painted within 10 s") }
            usleep(5_000)
        }
        _ = try terminal.waitForQuiet(quiet: 0.3)
    }
}
