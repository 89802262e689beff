import Foundation

/// One line of the results table: a figure, its spread over the runs, its target and whether it is met.
struct ResultRow: Sendable {
    enum Verdict: String, Sendable {
        case met = "met"
        case missed = "MISSED"
        case reported = "reported"
    }

    var benchmark: String
    var figure: String
    var spread: String
    var target: String
    var verdict: Verdict
    var note: String = ""
}

/// The machine the figures come from.
enum MachineDescription {
    static var text: String {
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            ?? "unknown CPU"
        let memory =
            (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Int($0) } } ?? 0
        var names = utsname()
        uname(&names)
        let kernel = withUnsafeBytes(of: &names.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory / 1024) MB RAM, Linux \(kernel)"
    }
}

/// The results table as Markdown.
struct ResultTable {
    var rows: [ResultRow]
    var machine: String
    var command: String
    var date: Date

    var markdown: String {
        var lines = [
            "Machine: \(machine)  ",
            "Command: `\(command)`  ",
            "Date: \(ISO8601DateFormatter().string(from: date))",
            "",
            "| Benchmark | Median | Spread (min–max, runs) | Target | Verdict |",
            "|---|---|---|---|---|",
        ]
        for row in rows {
            lines.append(
                "| \(row.benchmark) | \(row.figure) | \(row.spread) | \(row.target) | \(row.verdict.rawValue) |")
        }
        let notes = rows.filter { !$0.note.isEmpty }
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "- \($0.benchmark): \($0.note)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Double {
    /// "12.3" with one decimal (or more for small values).
    func formatted(_ decimals: Int = 1) -> String { String(format: "%.\(decimals)f", self) }
}

extension Sample {
    /// "min–max (n runs)" with a unit.
    func spread(_ unit: String, decimals: Int = 1) -> String {
        "\(min.formatted(decimals))–\(max.formatted(decimals)) \(unit) (\(values.count) runs)"
    }
}
