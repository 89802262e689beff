/// The server could not start listening.
struct SimulatorStartError: Error, CustomStringConvertible {
    var reason: String
    var description: String { "zoom-sim could not start: \(reason)" }
}
