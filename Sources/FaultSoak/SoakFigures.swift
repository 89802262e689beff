import Foundation

/// What a soak run ended with: the outcomes the client reported, and how they compare with what the
/// simulator knows really happened.
public struct SoakFigures: Sendable, Equatable {
    /// Call-outs run.
    public var callouts = 0
    /// Reported joined (or reached the waiting room).
    public var joined = 0
    /// Reported not joined.
    public var notJoined = 0
    /// Reported unconfirmed: sent, but whether it was processed or joined could not be known.
    public var unconfirmed = 0
    /// Reported failed or refused: nothing was processed.
    public var failed = 0
    /// Invites for which the simulator placed more than one call-out (target 0).
    public var sentTwice = 0
    /// Invites reported joined whose room never joined (target 0).
    public var falselyJoined = 0
    /// Invites with no report, or whose report is missing from the audit log (target 0).
    public var lost = 0
    /// Invites reported failed although the simulator placed the call-out (target 0: failed means nothing was processed).
    public var falselyFailed = 0
    /// Invites reported not joined whose room did join (after the watch window ended).
    public var joinedAfterTheWindow = 0
    /// Unconfirmed invites whose room in truth joined: the answer was lost and the join came late.
    public var unconfirmedButJoined = 0
    /// API requests the simulator received.
    public var apiRequests = 0
    /// Injected faults, by kind, as the simulator recorded them.
    public var injected: [String: Int] = [:]
    /// Wall-clock seconds the run took.
    public var seconds = 0.0

    public init() {}

    /// Whether every zero target holds.
    public var meetsTargets: Bool { sentTwice == 0 && falselyJoined == 0 && lost == 0 && falselyFailed == 0 }

    /// The figures as the soak prints them.
    public var report: String {
        let faults = injected.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return """
            call-outs:                        \(callouts)
              joined:                         \(joined)
              not joined:                     \(notJoined)
              unconfirmed:                    \(unconfirmed)   (of which joined after all: \(unconfirmedButJoined))
              failed:                         \(failed)
            sent twice:                       \(sentTwice)   (target 0)
            reported joined, did not join:    \(falselyJoined)   (target 0)
            reported failed, was processed:   \(falselyFailed)   (target 0)
            lost with no outcome:             \(lost)   (target 0)
            crashes:                          0   (target 0; a crash ends this process before this line)
            not joined in the window, joined later: \(joinedAfterTheWindow)
            API requests: \(apiRequests); injected faults: \(faults.isEmpty ? "none" : faults)
            time: \(String(format: "%.1f", seconds)) s
            """
    }
}
