import MeetingKit

/// A transport that really sends every request, then throws away Zoom's answer to one method,
/// as when a connection drops after Zoom processed the request.
public struct AnswerLosingTransport: HTTPTransport {
    /// The method whose answers are lost.
    public let losing: HTTPMethod
    private let inner = CurlTransport()

    public init(losing: HTTPMethod) {
        self.losing = losing
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await inner.send(request)
        if request.method == losing { throw TransportError.noAnswer("connection reset after the request was sent") }
        return response
    }
}
