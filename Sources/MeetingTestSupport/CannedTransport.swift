import MeetingKit

/// An `HTTPTransport` that answers every request with the same response (a fuzz input, say).
public struct CannedTransport: HTTPTransport {
    /// The answer to every request.
    public let response: HTTPResponse

    public init(response: HTTPResponse) {
        self.response = response
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse { response }
}
