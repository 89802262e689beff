import FoundationEssentials

/// Zoom's rate-limit labels. Each API belongs to one; limits are per account and depend on the plan.
enum RateLimitLabel: String, Sendable, CaseIterable {
    case light = "Light"
    case medium = "Medium"
    case heavy = "Heavy"
    case resourceIntensive = "Resource-intensive"

    /// Requests allowed per window, and the window's length in seconds (docs/zoom-api.md, "Rate limits").
    func limit(for plan: SimulatedPlan) -> (requests: Int, window: TimeInterval) {
        switch (self, plan) {
        case (.light, .free): (4, 1)
        case (.light, .pro): (30, 1)
        case (.light, .business): (80, 1)
        case (.medium, .free): (2, 1)
        case (.medium, .pro): (20, 1)
        case (.medium, .business): (60, 1)
        case (.heavy, .free): (1, 1)
        case (.heavy, .pro): (10, 1)
        case (.heavy, .business): (40, 1)
        case (.resourceIntensive, .free), (.resourceIntensive, .pro): (10, 60)
        case (.resourceIntensive, .business): (20, 60)
        }
    }

    /// Whether requests of this label count against the account's daily cap (Heavy and
    /// Resource-intensive share one, docs/zoom-api.md, "Rate limits").
    var hasDailyCap: Bool { self == .heavy || self == .resourceIntensive }

    /// The daily cap of Heavy and Resource-intensive requests together. Pro 30,000 and Business
    /// 60,000 are documented; Free's ("far less") is not, so Free gets Pro's here.
    static func dailyCap(for plan: SimulatedPlan) -> Int {
        plan == .business ? 60_000 : 30_000
    }
}
