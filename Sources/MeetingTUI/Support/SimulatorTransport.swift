import FoundationEssentials
import MeetingKit
import ZoomSimulator

/// Sends the client's requests straight to a simulator in this process, for `--demo`: the same
/// requests and answers as over HTTP, without a server, a socket or an HTTP library.
struct SimulatorTransport: HTTPTransport {
    let simulator: ZoomSimulator

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        let incoming = IncomingRequest(
            method: request.method.rawValue, rawPath: components?.percentEncodedPath ?? "/",
            rawQuery: components?.percentEncodedQuery ?? "", headers: request.headers,
            body: request.body ?? Data())
        guard let answer = await simulator.respond(to: incoming) else {
            throw TransportError.noAnswer("the simulator closed the connection without an answer")
        }
        var headers: [String: String] = [:]
        for (name, value) in answer.headers { headers[name.lowercased()] = value }
        return HTTPResponse(status: answer.status, headers: headers, body: answer.body)
    }
}
