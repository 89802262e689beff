import Foundation
import PlainText
import ZoomSimulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A minimal HTTP client for talking to the simulator over loopback. Redirects are not followed.
final class LoopbackHTTP: Sendable {
    /// One answer.
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: Data

        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }

        /// The body as a JSON object.
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        }
    }

    private let session = URLSession(configuration: .ephemeral, delegate: RedirectRefusal(), delegateQueue: nil)

    func send(_ method: String, _ url: URL, headers: [String: String] = [:], body: Data? = nil) async throws -> Answer {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields["\(name)"] = "\(value)" }
        return Answer(status: http.statusCode, headers: fields, body: data)
    }

    /// An API call with a bearer token.
    func api(_ method: String, _ url: URL, token: String, json: String? = nil) async throws -> Answer {
        var headers = ["Authorization": "Bearer \(token)"]
        if json != nil { headers["Content-Type"] = "application/json" }
        return try await send(method, url, headers: headers, body: json.map { Data($0.utf8) })
    }

    /// A form POST to an OAuth endpoint, with Basic credentials when a secret is given.
    func oauth(_ url: URL, clientID: String, secret: String?, form: [String: String]) async throws -> Answer {
        var headers = ["Content-Type": "application/x-www-form-urlencoded"]
        if let secret { headers["Authorization"] = "Basic " + Data("\(clientID):\(secret)".utf8).base64EncodedString() }
        var fields = form
        if secret == nil { fields["client_id"] = clientID }
        let body = PercentEncoding.form(fields.map { ($0.key, $0.value) })
        return try await send("POST", url, headers: headers, body: Data(body.utf8))
    }
}

/// Hands a redirect back to the caller as the answer instead of following it.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

extension URL {
    /// This URL with a raw (already encoded) path and query appended.
    func adding(_ rawPathAndQuery: String) -> URL {
        URL(string: absoluteString + rawPathAndQuery)!
    }
}
