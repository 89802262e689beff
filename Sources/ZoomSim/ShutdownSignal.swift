import Dispatch
import Foundation

/// Waits for SIGINT or SIGTERM.
enum ShutdownSignal {
    /// Suspends until the process receives SIGINT or SIGTERM; returns the signal's name.
    static func next() async -> String {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let queue = DispatchQueue(label: "zoom-sim.signals")
        let sources = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")].map { number, name in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { continuation.yield(name) }
            source.resume()
            return source
        }
        defer { for source in sources { source.cancel() } }
        for await name in stream { return name }
        return "end of signals"
    }
}
