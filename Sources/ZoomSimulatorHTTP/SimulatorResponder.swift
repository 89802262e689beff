import Foundation
import HTTPTypes
import Hummingbird
import Locking
import ZoomSimulator

/// Serves a simulator over HTTP: turns each Hummingbird request into the simulator's request and
/// its answer back into a response; a fault's missing answer closes the connection.
struct SimulatorResponder: HTTPResponder {
    typealias Context = SimulatorRequestContext

    /// The simulator, known once the server listens (it needs the bound port for its base URL);
    /// nobody can send a request before that.
    let simulator: Locked<ZoomSimulator?>
    static let maxBodySize = 1 << 20

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: Self.maxBodySize)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let incoming = IncomingRequest(
            method: request.method.rawValue, rawPath: request.uri.path,
            rawQuery: request.uri.query ?? "", headers: headers, body: Data(body.readableBytesView))
        guard let simulator = simulator.withLock({ $0 }), let answer = await simulator.respond(to: incoming) else {
            return await drop(context)
        }
        return Self.response(answer)
    }

    /// Closes the connection; the response returned afterwards can no longer be written.
    private func drop(_ context: Context) async -> Response {
        await context.closeConnection()
        return Response(status: .internalServerError)
    }

    private static func response(_ answer: OutgoingResponse) -> Response {
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        return Response(
            status: .init(code: answer.status), headers: fields,
            body: answer.body.isEmpty ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}
