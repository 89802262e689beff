import Hummingbird
import Locking
import Logging
import ZoomSimulator

extension ZoomSimulator {
    /// Starts a simulator served over HTTP and returns once it is listening. Port 0 picks a free port.
    public static func start(
        _ configuration: SimulatorConfiguration = .init(), host: String = "127.0.0.1",
        port: Int = 0
    ) async throws -> ZoomSimulator {
        let slot = Locked<ZoomSimulator?>(nil)
        let startup = StartupSignal()
        let application = Application(
            responder: SimulatorResponder(simulator: slot),
            configuration: .init(address: .hostname(host, port: port), serverName: "zoom-sim"),
            onServerRunning: { channel in startup.succeed(port: channel.localAddress?.port ?? port) },
            logger: Logger(label: "zoom-sim", factory: { _ in SwiftLogNoOpLogHandler() }))
        let server = Task {
            do {
                try await application.run()
                startup.fail(SimulatorStartError(reason: "the server stopped before listening"))
            } catch {
                startup.fail(error)
                throw error
            }
        }
        let boundPort: Int
        do {
            boundPort = try await startup.wait()
        } catch {
            server.cancel()
            throw error
        }
        let hostPart = host.contains(":") ? "[\(host)]" : host
        let simulator = ZoomSimulator(configuration, baseURL: "http://\(hostPart):\(boundPort)") {
            server.cancel()
            _ = await server.result
        }
        slot.withLock { $0 = simulator }
        return simulator
    }

    /// Runs `body` against a freshly started simulator and shuts it down afterwards, whatever `body` does.
    public static func withRunning(
        _ configuration: SimulatorConfiguration = .init(),
        _ body: (ZoomSimulator) async throws -> Void
    ) async throws {
        let simulator = try await start(configuration)
        do {
            try await body(simulator)
        } catch {
            await simulator.shutdown()
            throw error
        }
        await simulator.shutdown()
    }
}
