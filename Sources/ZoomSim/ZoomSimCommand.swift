import ArgumentParser
import Foundation
import ZoomSimulator
import ZoomSimulatorHTTP

/// `zoom-sim`: runs the Zoom simulator standalone until SIGINT or SIGTERM.
@main
struct ZoomSimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zoom-sim",
        abstract: "Run a simulated Zoom (REST API and OAuth) on this machine for demos and tests.",
        discussion: "All credentials it prints are fake and only valid against this simulator.")

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 9090

    @Option(help: "Seed of every random choice (names, IDs, faults, activity).")
    var seed: UInt64 = 1

    @Option(help: "Number of live meetings.")
    var meetings = 4

    @Option(help: "Participants per meeting at the start.")
    var participants = 8

    @Option(
        help:
            "Participants of the first meeting at the start, when it should differ (e.g. 10000 for one very large meeting)."
    )
    var firstMeetingParticipants: Int?

    @Option(help: "The account's plan: free, pro or business (the Dashboard needs business).")
    var plan: SimulatedPlan = .business

    @Option(help: "Seconds from an accepted call-out until the callee joins.")
    var ringSeconds = 3.0

    @Option(help: "Seconds between background changes (joins, leaves, admissions); none when omitted.")
    var activitySeconds: Double?

    @Option(
        name: .customLong("start-upcoming-after"),
        help:
            "Seconds after which the first upcoming (scheduled, waiting) meeting starts; it stays waiting when omitted."
    )
    var startUpcomingAfter: Double?

    @Option(name: .customLong("unreachable"), help: "A call-out address that never answers (repeatable).")
    var unreachableAddresses: [String] = []

    @Option(name: .customLong("busy"), help: "A call-out address that is busy (repeatable).")
    var busyAddresses: [String] = []

    @Option(name: .customLong("waiting-room"), help: "A call-out address that lands in the waiting room (repeatable).")
    var waitingRoomAddresses: [String] = []

    @Option(
        name: .customLong("lookalike"),
        help: "A call-out address whose room never answers while a laptop carrying its display name joins (repeatable)."
    )
    var lookalikeAddresses: [String] = []

    @Option(
        name: .customLong("drop-after"),
        help: "ADDRESS=SECONDS: the room at ADDRESS hangs up SECONDS after each time it joins (repeatable).")
    var droppingAddresses: [RoomDrop] = []

    @Option(name: .customLong("fault-5xx"), help: "Share of API requests answered 500/503 without processing (0-1).")
    var serverErrorRate = 0.0

    @Option(
        name: .customLong("fault-drop-before"),
        help: "Share of API requests whose connection is closed before processing (0-1).")
    var dropBeforeRate = 0.0

    @Option(
        name: .customLong("fault-drop-after"),
        help: "Share of API requests processed, then closed without an answer (0-1).")
    var dropAfterRate = 0.0

    @Option(
        name: .customLong("fault-malformed"), help: "Share of GETs answered 200 with a body that is not JSON (0-1).")
    var malformedRate = 0.0

    @Option(name: .customLong("latency-ms"), help: "Extra latency per API request in milliseconds, e.g. 50-300.")
    var latency: LatencyRange?

    @Flag(help: "Turn off Zoom's per-account rate limits.")
    var noRateLimits = false

    func validate() throws {
        for (name, rate) in [
            ("--fault-5xx", serverErrorRate), ("--fault-drop-before", dropBeforeRate),
            ("--fault-drop-after", dropAfterRate), ("--fault-malformed", malformedRate),
        ]
        where !(0...1).contains(rate) {
            throw ValidationError("\(name) must be between 0 and 1.")
        }
        if let firstMeetingParticipants, firstMeetingParticipants < 1 {
            throw ValidationError("--first-meeting-participants must be 1 or more.")
        }
        guard meetings >= 0, participants >= 1 else {
            throw ValidationError("--meetings must be 0 or more and --participants 1 or more.")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        if let activitySeconds, activitySeconds <= 0 { throw ValidationError("--activity-seconds must be positive.") }
        if let startUpcomingAfter, startUpcomingAfter < 0 {
            throw ValidationError("--start-upcoming-after must be 0 or more.")
        }
    }

    func run() async throws {
        let simulator = try await ZoomSimulator.start(simulatorConfiguration, host: host, port: port)
        FileHandle.standardOutput.write(
            Data((Banner(simulator: simulator, apps: simulatorConfiguration.apps).text + "\n").utf8))
        let signal = await ShutdownSignal.next()
        FileHandle.standardOutput.write(Data("zoom-sim: \(signal), shutting down\n".utf8))
        await simulator.shutdown()
    }

    private var simulatorConfiguration: SimulatorConfiguration {
        var configuration = SimulatorConfiguration()
        configuration.seed = seed
        configuration.meetingCount = meetings
        configuration.participantsPerMeeting = participants
        configuration.firstMeetingParticipants = firstMeetingParticipants
        configuration.plan = plan
        configuration.ringSeconds = ringSeconds
        configuration.activityInterval = activitySeconds
        configuration.firstUpcomingStartsAfter = startUpcomingAfter
        configuration.unreachableAddresses = Set(unreachableAddresses)
        configuration.busyAddresses = Set(busyAddresses)
        configuration.waitingRoomAddresses = Set(waitingRoomAddresses)
        configuration.lookalikeAddresses = Set(lookalikeAddresses)
        configuration.droppingAddresses = Dictionary(droppingAddresses.map { ($0.address, $0.seconds) }) { _, last in
            last
        }
        configuration.rateLimitsEnabled = !noRateLimits
        configuration.faults = FaultConfiguration(
            serverErrorRate: serverErrorRate, dropBeforeProcessingRate: dropBeforeRate,
            dropAfterProcessingRate: dropAfterRate,
            malformedBodyRate: malformedRate, latency: latency?.seconds)
        return configuration
    }
}

extension SimulatedPlan: ExpressibleByArgument {}
