import FoundationEssentials

/// How a list's title tells its freshness without changing on every background refresh:
/// "every 30 s" while refreshes keep succeeding, "refreshing…" only for the first load and for
/// refreshes the operator asked for, and the time of the last good refresh once it is stale
/// (older than two intervals). An idle screen therefore writes nothing to the terminal.
enum RefreshLabel {
    static func parts(
        loading: Bool, showsProgress: Bool, lastRefresh: Date?, interval: TimeInterval,
        stalePrefix: String, _ context: RenderContext
    ) -> [String] {
        if loading, showsProgress { return ["refreshing\(context.glyphs.ellipsis)"] }
        guard let lastRefresh else { return [] }
        let every = "every \(Int(interval)) s"
        guard context.state.now.timeIntervalSince(lastRefresh) > 2 * interval else { return [every] }
        return ["\(stalePrefix) \(context.clock(lastRefresh, seconds: true)) (stale), \(every)"]
    }
}
