import Hummingbird

/// The request context of the simulator's server: it can close the connection, so that a
/// fault can end a request with no answer at all.
struct SimulatorRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// Closes the client's connection without writing anything more.
    let closeConnection: @Sendable () async -> Void

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        let channel = source.channel
        closeConnection = { try? await channel.close() }
    }
}
