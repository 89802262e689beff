import Foundation
import MeetingConsole
import ZoomSimulator
import ZoomSimulatorHTTP

/// 7. Three consoles on one account (2,000 meetings, one of 10,000 people) for a while, with
///    Zoom's per-account rate limits on: one on the meeting list, one watching the large meeting,
///    one watching a small one. Requests per minute by rate label, 429s, and requests beyond
///    what the views need (each view's pages once per refresh interval, plus start-up).
struct APIEconomyBenchmark {
    var launch: ConsoleLaunch
    var minutes: Double

    /// The account's meetings, the large meeting's people, and the people of every other meeting (the simulator's default).
    static let meetings = 2000, largeMeeting = 10_000, smallMeeting = 8

    func run() async throws -> [ResultRow] {
        let simulator = try await Account.start(
            meetings: Self.meetings, firstMeeting: Self.largeMeeting, rateLimits: true)
        defer { Task { await simulator.shutdown() } }
        let label = await Account.firstMeetingLabel(simulator)
        let started = Date()
        var consoles: [PtyProcess] = []
        defer { for console in consoles { console.stop() } }
        for keys in ["", "\r", "j\r"] {
            let console = try launch.start(simulator)
            consoles.append(console)
            _ = try console.waitForFrame(containing: label, quiet: 0.3, timeout: 120)
            if !keys.isEmpty { console.type(keys) }
        }
        await pause(minutes * 60)
        let finished = Date()
        let log = await simulator.requestLog().filter { $0.path.hasPrefix("/v2/") }

        let tooMany = log.filter { $0.status == 429 }.count
        let minutesRun = finished.timeIntervalSince(started) / 60
        var perLabel: [String: Int] = [:]
        for request in log { perLabel[Self.label(request), default: 0] += 1 }
        let rates = perLabel.sorted { $0.key < $1.key }.map {
            "\($0.key) \((Double($0.value) / minutesRun).formatted(1))/min"
        }
        let busiest = Self.busiestMinute(log.filter { Self.label($0) == "Resource-intensive" }, from: started)

        // What the views need: start-up (the user and the meeting list's first page, per console),
        // the two opened meetings' participants (every page), then per refresh interval the list's
        // first page (console 1) and each open meeting's pages, at the intervals the console derives
        // from PollingBudget.
        let largePages = RefreshIntervals.pages(Self.largeMeeting)
        let intervals = RefreshIntervals(
            meetings: Double(launch.meetingsRefresh), participants: Double(launch.participantsRefresh))
        let listInterval = intervals.meetings(pages: 1, source: .account)
        let largeInterval = intervals.participants(listing: Self.largeMeeting)
        let smallInterval = intervals.participants(listing: Self.smallMeeting)
        let seconds = finished.timeIntervalSince(started)
        let needed =
            3 * 2 + largePages + 1 + Int(seconds / listInterval) + Int(seconds / largeInterval) * largePages
            + Int(seconds / smallInterval)
        return [
            ResultRow(
                benchmark: "7. API economy: 429s, 3 consoles, \(minutes.formatted(0)) min", figure: "\(tooMany)",
                spread: "1 run; " + rates.joined(separator: ", "), target: "0",
                verdict: tooMany == 0 ? .met : .missed,
                note:
                    "busiest minute of the Resource-intensive meeting list: \(busiest) requests (limit 20/min on Business)"
            ),
            ResultRow(
                benchmark: "7. API economy: requests vs what the views need",
                figure: "\(log.count) of \(needed) needed",
                spread: "1 run", target: "<= needed", verdict: log.count <= needed ? .met : .missed,
                note:
                    "needed = start-up (3 x (user + first list page) + the open meetings' \(largePages)+1 pages) + the list's first page every \(Int(listInterval)) s + the large meeting's \(largePages) pages every \(Int(largeInterval)) s + the small one's every \(Int(smallInterval)) s"
            ),
        ]
    }

    /// The rate label of a recorded request, as the simulator (and Zoom) file it.
    static func label(_ request: RecordedRequest) -> String {
        if request.path.hasSuffix("/participants") { return "Heavy" }
        if request.path == "/v2/metrics/meetings" { return "Resource-intensive" }
        if request.method == "GET", request.path.hasPrefix("/v2/users/") {
            return request.path.hasSuffix("/meetings") ? "Medium" : "Light"
        }
        return request.method == "PATCH" ? "Medium" : "Light"
    }

    /// The most requests in any 60-second window.
    static func busiestMinute(_ requests: [RecordedRequest], from start: Date) -> Int {
        let times = requests.map(\.date).sorted()
        var busiest = 0
        var first = 0
        for (index, time) in times.enumerated() {
            while time.timeIntervalSince(times[first]) >= 60 { first += 1 }
            busiest = max(busiest, index - first + 1)
        }
        return busiest
    }
}
