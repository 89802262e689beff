/// Sends HTTP requests. `CurlTransport` is the production implementation.
public protocol HTTPTransport: Sendable {
    /// Sends one request and returns the response, whatever its status.
    /// - Throws: `TransportError` when no response was received.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
