import Foundation
import MeetingConsole
import MeetingKit

/// 3. Reducer plus render per keystroke while filtering a participant list of 1k, 10k and 100k,
///    in process (the console's pure core; no terminal).
struct KeystrokeBenchmark {
    var runs: Int

    static let sizes = [1_000, 10_000, 100_000]
    /// Typed into the filter: narrowing letters, then back out again.
    static let keys: [FilterWorkload.Key] = [
        .character("m"), .character("a"), .character("r"), .character("i"),
        .backspace, .backspace, .character("x"), .backspace, .backspace, .backspace,
    ]

    func run() -> [ResultRow] {
        var medians: [Int: Sample] = [:]
        for size in Self.sizes {
            var perKey: [Double] = []
            _ = measure(size) // warm-up: first-use costs are not per keystroke
            for _ in 0..<runs { perKey.append(measure(size)) }
            medians[size] = Sample(perKey)
        }
        let small = medians[1_000]!
        let middle = medians[10_000]!
        let large = medians[100_000]!
        let growth = large.median / small.median
        var rows = Self.sizes.map { size in
            let sample = medians[size]!
            return ResultRow(
                benchmark: "3. Keystroke (filter + render), \(size.formatted()) participants",
                figure: "\((sample.median * 1000).formatted(0)) µs",
                spread: Sample(sample.values.map { $0 * 1000 }).spread("µs", decimals: 0),
                target: size == 10_000 ? "< 2 ms" : "reported",
                verdict: size == 10_000 ? (sample.median < 2 ? .met : .missed) : .reported)
        }
        rows.append(
            ResultRow(
                benchmark: "3. Keystroke growth 1k -> 100k", figure: "\(growth.formatted(1))x for 100x the rows",
                spread: "10k/1k \((middle.median / small.median).formatted(1))x", target: "<= 100x (linear)",
                verdict: growth <= 100 ? .met : .missed))
        return rows
    }

    /// Mean milliseconds per keystroke over the key sequence, on a fresh list of `size`.
    private func measure(_ size: Int) -> Double {
        var workload = FilterWorkload(participants: Self.participants(size))
        var sink = 0
        let start = PtyProcess.now()
        for key in Self.keys {
            sink &+= workload.type(key)
        }
        let elapsed = Double(PtyProcess.now() - start) / 1e6
        precondition(sink > 0)
        return elapsed / Double(Self.keys.count)
    }

    private static let first = [
        "Maria", "Mario", "Anna", "Ken", "Yuki", "Olu", "Priya", "Jonas", "Chen", "Fatima", "Lars", "Ines",
    ]
    private static let last = [
        "Rossi", "Tanaka", "Okafor", "Schmidt", "García", "Nguyen", "Smith", "Kowalski", "Haddad", "Silva",
    ]
    private static let devices = ["Windows", "Mac", "iOS", "Android", "H.323/SIP", "Phone"]

    /// A deterministic roster: every 8th has left, every 9th waits.
    static func participants(_ count: Int) -> [Participant] {
        let start = Date(timeIntervalSince1970: 1_799_990_000)
        return (0..<count).map { index in
            Participant(
                id: "p\(index)", name: "\(first[index % first.count]) \(last[(index / 7) % last.count]) \(index)",
                status: index % 9 == 4 ? .inWaitingRoom : .inMeeting, device: devices[index % devices.count],
                joinTime: start.addingTimeInterval(Double(index % 3600)),
                leaveTime: index % 8 == 5 ? start.addingTimeInterval(4000) : nil)
        }
    }
}
