import Foundation
import Locking

/// A program running on a pseudo-terminal of its own, as over SSH: the harness is the terminal.
/// Every byte the program writes is kept with the time it arrived, so that benchmarks can count
/// the bytes of any interval and find where a burst of output (one painted frame) ends.
final class PtyProcess: @unchecked Sendable {
    /// One read from the terminal: when it arrived (monotonic nanoseconds) and the bytes.
    struct Chunk {
        var time: UInt64
        var bytes: [UInt8]
    }

    /// The monotonic clock every timestamp of the harness uses, in nanoseconds.
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// `TIOCGPTN` and `TIOCSPTLCK` (Linux).
    private static let getPTYNumber: UInt = 0x8004_5430, setPTYLock: UInt = 0x4004_5431

    let process = Process()
    /// When the process was started.
    private(set) var startedAt: UInt64 = 0
    private let master: Int32
    private let chunks = Locked<[Chunk]>([])

    /// Starts `executable` on a new terminal of `rows` x `columns`.
    init(executable: URL, arguments: [String] = [], environment: [String: String], rows: Int, columns: Int) throws {
        // posix_openpt and friends are not exported to Swift; on Linux they are these calls.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var number: Int32 = 0
        var unlock: Int32 = 0
        guard master >= 0, ioctl(master, Self.getPTYNumber, &number) == 0, ioctl(master, Self.setPTYLock, &unlock) == 0
        else {
            throw BenchError("cannot open a pseudo-terminal")
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw BenchError("cannot open the pseudo-terminal's slave side") }
        setSize(rows: rows, columns: columns)
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        let thread = Thread { [self] in readLoop() }
        thread.name = "pty reader"
        startedAt = Self.now()
        try process.run()
        thread.start()
    }

    deinit {
        stop()
        close(master)
    }

    /// Sets the terminal's size (the program learns of it from SIGWINCH; see `resize`).
    func setSize(rows: Int, columns: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Resizes the terminal and signals the program, as a terminal emulator does.
    func resize(rows: Int, columns: Int) {
        setSize(rows: rows, columns: columns)
        kill(process.processIdentifier, SIGWINCH)
    }

    /// Types text (keys) into the terminal.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Everything received so far.
    var received: [Chunk] { chunks.withLock { $0 } }

    /// Bytes received in `[from, to)` (monotonic nanoseconds).
    func bytes(from: UInt64, to: UInt64 = .max) -> Int {
        received.filter { $0.time >= from && $0.time < to }.reduce(0) { $0 + $1.bytes.count }
    }

    /// Waits until the output since `from` contains `text` (escape sequences and all), then until
    /// the burst it is part of ends (no byte for `quiet` seconds). Returns when the burst's last
    /// byte arrived: the moment that frame was complete on the terminal.
    func waitForFrame(containing text: String, since from: UInt64 = 0, quiet: Double = 0.25, timeout: Double = 30)
        throws -> UInt64
    {
        let needle = Array(text.utf8)
        let deadline = Self.now() + UInt64(timeout * 1e9)
        while Self.now() < deadline {
            let output = received.filter { $0.time >= from }
            let bytes = output.flatMap(\.bytes)
            if bytes.count >= needle.count, bytes.contains(needle) {
                return try waitForQuiet(
                    quiet: quiet, timeout: max(1, Double(deadline - min(deadline, Self.now())) / 1e9))
            }
            usleep(2_000)
        }
        throw BenchError("no frame containing \"\(text)\" within \(Int(timeout)) s")
    }

    /// Waits until no byte has arrived for `quiet` seconds; returns when the last byte arrived (or `now` if none yet).
    func waitForQuiet(quiet: Double = 0.25, timeout: Double = 30) throws -> UInt64 {
        let deadline = Self.now() + UInt64(timeout * 1e9)
        while Self.now() < deadline {
            let last = received.last?.time ?? 0
            if Self.now() - last >= UInt64(quiet * 1e9) { return last }
            usleep(5_000)
        }
        throw BenchError("the terminal never went quiet within \(Int(timeout)) s")
    }

    /// Ends the program (SIGTERM, then SIGKILL) and waits for it.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        let deadline = Self.now() + 2_000_000_000
        while process.isRunning, Self.now() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            let chunk = Chunk(time: Self.now(), bytes: Array(buffer[0..<count]))
            chunks.withLock { $0.append(chunk) }
        }
    }
}

/// A benchmark could not run.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
