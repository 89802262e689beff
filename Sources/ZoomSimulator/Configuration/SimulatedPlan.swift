/// The Zoom plan of the simulated account: it decides the rate limits and whether the Dashboard exists.
public enum SimulatedPlan: String, Sendable, CaseIterable {
    case free
    case pro
    case business

    /// Whether Dashboard endpoints (`/metrics/...`) are available (Business and up).
    var hasDashboard: Bool { self == .business }
}
