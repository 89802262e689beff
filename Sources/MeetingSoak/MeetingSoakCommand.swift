import ArgumentParser
import FaultSoak
import Foundation

/// `meeting-soak`: runs many room-system call-outs against an in-process Zoom simulator with faults
/// switched on, and prints what was reported against what really happened.
@main
struct MeetingSoakCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting-soak",
        abstract: "Run call-outs against zoom-sim with faults on; count double sends, false joins and lost outcomes.",
        discussion: """
            Faults: 5% 5xx, 5% connections dropped before and 5% after Zoom processed the request, a 429 burst \
            every 50 call-outs, every token expiring every 100 requests, and 2% latency spikes of 1-4 s \
            (longer than the 3 s request timeout, so some answers are lost while Zoom still acts). \
            Exits 1 when a zero target is missed.
            """)

    @Option(help: "Call-outs to run.")
    var callouts = 1000

    @Option(help: "Invites in flight at once.")
    var concurrency = 24

    @Option(help: "Seed of the simulator's random choices.")
    var seed: UInt64 = 1

    @Flag(help: "Switch the faults off (a baseline).")
    var noFaults = false

    mutating func run() async throws {
        var options = SoakOptions(callouts: callouts, concurrency: concurrency, seed: seed)
        if noFaults {
            options.faults = .init()
            options.rateLimitBurstEvery = nil
        }
        let total = callouts
        let figures = try await SoakRunner.run(options) { done in
            if done % 50 == 0 || done == total {
                FileHandle.standardError.write(Data("\r\(done)/\(total) call-outs finished".utf8))
            }
        }
        FileHandle.standardError.write(Data("\n".utf8))
        print(figures.report)
        if !figures.meetsTargets { throw ExitCode(1) }
    }
}
