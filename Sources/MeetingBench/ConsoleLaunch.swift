import Foundation
import MeetingKit
import ZoomSimulator
import ZoomSimulatorHTTP

/// Starts the real `meeting-tui` on a pseudo-terminal against a simulator, signed in as the
/// simulator's account-level Server-to-Server app acting for its user, with a private config directory (so no token
/// is cached from an earlier run) holding the console settings and a saved room on quick key 1.
struct ConsoleLaunch {
    var executable: URL
    var meetingsRefresh = 30
    var participantsRefresh = 10

    /// The saved room on quick key 1.
    static let roomAddress = "sip:bench-room@rooms.example.com"

    func start(_ simulator: ZoomSimulator, rows: Int = 30, columns: Int = 100) throws -> PtyProcess {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("meeting-bench-\(UUID().uuidString)")
        let directory = home.appendingPathComponent("meeting-tui")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config = """
            [console]
            refresh_seconds = \(meetingsRefresh)
            participants_refresh_seconds = \(participantsRefresh)

            [[rooms]]
            name = "Bench room"
            type = "sip"
            address = "\(Self.roomAddress)"
            key = 1
            """
        try Data(config.utf8).write(to: directory.appendingPathComponent("config.toml"))
        let app = SimulatedApp.accountLevel
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ZOOM_") }
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment["TZ"] = "UTC"
        environment["XDG_CONFIG_HOME"] = home.path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment["ZOOM_API_URL"] = simulator.apiBaseURL.absoluteString
        environment["ZOOM_OAUTH_URL"] = simulator.oauthBaseURL.absoluteString
        environment["ZOOM_ACCOUNT_ID"] = app.accountID
        environment["ZOOM_CLIENT_ID"] = app.clientID
        environment["ZOOM_CLIENT_SECRET"] = app.clientSecret ?? ""
        environment["ZOOM_USER"] = app.userID
        return try PtyProcess(executable: executable, environment: environment, rows: rows, columns: columns)
    }
}

/// Simulator set-ups the benchmarks share.
enum Account {
    /// An account of `meetings` live meetings of 8 people each, the first with `firstMeeting`.
    static func start(meetings: Int, firstMeeting: Int? = nil, rateLimits: Bool = false, ringSeconds: Double = 3)
        async throws -> ZoomSimulator
    {
        var configuration = SimulatorConfiguration()
        configuration.meetingCount = meetings
        configuration.firstMeetingParticipants = firstMeeting
        configuration.rateLimitsEnabled = rateLimits
        configuration.ringSeconds = ringSeconds
        return try await ZoomSimulator.start(configuration)
    }

    /// The grouped ID ("857 4606 5432") of the first live meeting, which the console lists first.
    static func firstMeetingLabel(_ simulator: ZoomSimulator) async -> String {
        MeetingReference.grouped(await firstMeetingID(simulator))
    }

    static func firstMeetingID(_ simulator: ZoomSimulator) async -> Int64 {
        await simulator.liveMeetingIDs().first ?? 0
    }
}
