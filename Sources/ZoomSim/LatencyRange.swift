import ArgumentParser

/// A latency range given in milliseconds as `A-B` (or a single `A`).
struct LatencyRange: ExpressibleByArgument {
    /// The range in seconds.
    var seconds: ClosedRange<Double>

    init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false).map {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
        guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil, low >= 0,
            low <= high
        else {
            return nil
        }
        seconds = low / 1000...high / 1000
    }
}
