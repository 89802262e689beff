/// The Zoom plan of the simulated account: it decides the rate limits and whether the Dashboard exists.
public enum SimulatedPlan: String, Sendable, CaseIterable {
    case free
    case pro
    case business

    /// Whether Dashboard endpoints (`/metrics/...`) are available (Business and up).
    var hasDashboard: Bool { self == .business }

    /// Whether the account has cloud recording storage (paid plans); without it `recording.*` fails with 3309.
    var hasCloudRecording: Bool { self != .free }
}
