import FoundationEssentials
import MeetingKit
import ZoomSimulator

/// The built-in Zoom simulator running in this process (no server, no socket: requests go to it
/// through `SimulatorTransport`), with an account-level app signed in: what `--demo` runs against. Nothing is read from or written to the operator's own config or tokens.
struct DemoEnvironment {
    let simulator: ZoomSimulator
    let credentials: ServerToServerCredentials
    /// A new directory for the demo's audit log that only this user can enter, with a random name
    /// (`$TMPDIR/meeting-tui-demo-XXXXXX`, made by `mkdtemp`): no other user can prepare it.
    let stateDirectory: URL

    /// Saved rooms offered in the demo: two that answer, one that never does.
    static let rooms = [
        SavedRoom(
            name: "Boardroom", callType: .sip, address: "sip:boardroom@rooms.example.com", displayName: "Boardroom",
            quickKey: 1),
        SavedRoom(name: "Lab", callType: .h323, address: "10.20.30.40", displayName: "Lab H.323", quickKey: 2),
        SavedRoom(
            name: "Annex", callType: .sip, address: "sip:annex@rooms.example.com", displayName: "Annex (unreachable)",
            quickKey: 3),
    ]

    /// The account user the demo's Server-to-Server app acts for.
    static let user = SimulatedApp.accountLevel.userID

    static func start() throws -> DemoEnvironment {
        var configuration = SimulatorConfiguration()
        configuration.activityInterval = 6
        configuration.ringSeconds = 3
        configuration.unreachableAddresses = ["sip:annex@rooms.example.com"]
        let simulator = ZoomSimulator(configuration)
        let app = SimulatedApp.accountLevel
        let state = try SecureFile.makeTemporaryDirectory(prefix: "meeting-tui-demo-")
        return DemoEnvironment(
            simulator: simulator,
            credentials: ServerToServerCredentials(
                accountID: app.accountID, clientID: app.clientID, clientSecret: Secret(app.clientSecret ?? "")),
            stateDirectory: state)
    }
}
