import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MeetingKit

/// An HTTP transport over URLSession, for talking to the simulator on loopback in tests.
struct LoopbackTransport: HTTPTransport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.httpBody = request.body
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: urlRequest)
        guard let http = response as? HTTPURLResponse else { throw TransportError.noAnswer("not an HTTP response") }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields { headers["\(name)".lowercased()] = "\(value)" }
        return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    }
}

/// A token issued by the simulator, never renewed.
struct IssuedToken: TokenProvider {
    let token: AccessToken

    func currentToken() async throws -> AccessToken { token }

    func renewToken(after rejected: AccessToken) async throws -> AccessToken {
        throw ZoomAPIError.credentials("the test token cannot be renewed")
    }
}
