import Locking

/// Hands the bound port (or the failure) from the server task to `start`, once.
final class StartupSignal: Sendable {
    private enum Phase {
        case waiting
        case awaited(CheckedContinuation<Int, any Error>)
        case finished(Result<Int, any Error>)
    }

    private let phase = Locked(Phase.waiting)

    func succeed(port: Int) { finish(.success(port)) }

    func fail(_ error: any Error) { finish(.failure(error)) }

    private func finish(_ result: Result<Int, any Error>) {
        let continuation: CheckedContinuation<Int, any Error>? = phase.withLock { phase in
            switch phase {
            case .waiting:
                phase = .finished(result)
                return nil
            case .awaited(let continuation):
                phase = .finished(result)
                return continuation
            case .finished:
                return nil
            }
        }
        continuation?.resume(with: result)
    }

    func wait() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<Int, any Error>? = phase.withLock { phase in
                if case .finished(let result) = phase { return result }
                phase = .awaited(continuation)
                return nil
            }
            if let ready { continuation.resume(with: ready) }
        }
    }
}
