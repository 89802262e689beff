import Foundation
import HTTPTypes
import Hummingbird

/// Turns HTTP requests into simulator answers: REST calls under `/v2` (with injected faults)
/// and the OAuth endpoints; every request is recorded.
struct SimulatorResponder: HTTPResponder {
    typealias Context = SimulatorRequestContext

    let state: SimulatorState
    static let maxBodySize = 1 << 20

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: Self.maxBodySize)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let incoming = IncomingRequest(method: request.method.rawValue, rawPath: request.uri.path,
                                       rawQuery: request.uri.query ?? "", headers: headers, body: Data(body.readableBytesView))
        let segments = PercentDecoding.segments(of: incoming.rawPath)
        guard segments.first == "v2" else {
            let (answer, clientID) = await state.handleOAuth(incoming, now: Date())
            await state.record(entry(for: incoming, answer: answer, clientID: clientID, scopes: []))
            return Self.response(answer)
        }

        let faults = await state.planFaults(method: incoming.method)
        if faults.delay > 0 { try? await Task.sleep(for: .seconds(faults.delay)) }
        if faults.dropBeforeProcessing {
            await state.record(entry(for: incoming, answer: nil, note: "dropped before processing"))
            return await drop(context)
        }
        if let status = faults.serverError {
            await state.record(entry(for: incoming, answer: FaultPlan.serverErrorResponse(status)))
            return Self.response(FaultPlan.serverErrorResponse(status))
        }
        var (answer, token) = await state.handleAPI(incoming, segments: Array(segments.dropFirst()), now: Date())
        if faults.dropAfterProcessing {
            let note = ["dropped after processing", answer.note].compactMap { $0 }.joined(separator: "; ")
            await state.record(entry(for: incoming, answer: nil, clientID: token?.app.clientID, scopes: token?.scopes ?? [], note: note))
            return await drop(context)
        }
        if faults.malformedBody, answer.status == 200 { answer = FaultPlan.malformedResponse }
        await state.record(entry(for: incoming, answer: answer, clientID: token?.app.clientID, scopes: token?.scopes ?? []))
        return Self.response(answer)
    }

    /// Closes the connection; the response returned afterwards can no longer be written.
    private func drop(_ context: Context) async -> Response {
        await context.closeConnection()
        return Response(status: .internalServerError)
    }

    private func entry(for request: IncomingRequest, answer: OutgoingResponse?, clientID: String? = nil,
                       scopes: [String] = [], note: String? = nil) -> RecordedRequest {
        RecordedRequest(method: request.method, path: request.rawPath, query: request.rawQuery, body: request.body,
                        status: answer?.status, appClientID: clientID, tokenScopes: scopes, date: Date(), note: note ?? answer?.note)
    }

    private static func response(_ answer: OutgoingResponse) -> Response {
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        return Response(status: .init(code: answer.status), headers: fields,
                        body: answer.body.isEmpty ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}
