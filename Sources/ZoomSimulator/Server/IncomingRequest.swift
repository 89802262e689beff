import FoundationEssentials
import PlainText

/// A request as the simulator sees it: method, raw path, decoded query, body and headers.
public struct IncomingRequest: Sendable {
    var method: String
    /// The path as received, still percent-encoded.
    var rawPath: String
    /// The raw query string (without `?`).
    var rawQuery: String
    var query: [String: String]
    var headers: [String: String]
    var body: Data

    /// A request as received; header names are matched in lower case.
    public init(method: String, rawPath: String, rawQuery: String, headers: [String: String], body: Data) {
        self.method = method
        self.rawPath = rawPath
        self.rawQuery = rawQuery
        self.query = PercentDecoding.form(rawQuery)
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }) { _, last in last }
        self.body = body
    }

    /// A header by lower-cased name.
    func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// The bearer token of the `Authorization` header.
    var bearerToken: String? {
        guard let value = header("authorization") else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingSpaces()
    }

    /// Client ID and secret from a `Basic` `Authorization` header.
    var basicCredentials: (id: String, secret: String)? {
        guard let value = header("authorization") else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "basic",
            let decoded = Data(base64Encoded: String(parts[1])).flatMap({ String(data: $0, encoding: .utf8) }),
            let colon = decoded.firstIndex(of: ":")
        else { return nil }
        return (String(decoded[..<colon]), String(decoded[decoded.index(after: colon)...]))
    }

    /// Query parameters merged with a form-encoded body (the body wins), as OAuth endpoints accept both.
    var formParameters: [String: String] {
        let contentType = header("content-type") ?? ""
        guard contentType.contains("application/x-www-form-urlencoded") || contentType.isEmpty,
            let text = String(data: body, encoding: .utf8), !text.isEmpty
        else { return query }
        return query.merging(PercentDecoding.form(text)) { _, body in body }
    }
}
