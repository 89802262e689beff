import FoundationEssentials

/// One request the simulator received, with how it answered.
public struct RecordedRequest: Sendable {
    /// The HTTP method, e.g. `GET`.
    public var method: String
    /// The path as received, still percent-encoded.
    public var path: String
    /// The raw query string, without `?`.
    public var query: String
    /// The request body as received.
    public var body: Data
    /// The HTTP status sent, or `nil` when the connection was closed without an answer.
    public var status: Int?
    /// The client ID of the app whose token (or credentials) the request carried.
    public var appClientID: String?
    /// The scopes of the bearer token, if it was a known token.
    public var tokenScopes: [String]
    /// When the request was answered (or dropped).
    public var date: Date
    /// What happened, e.g. `callout dropped: missing meeting:write:admin` or `dropped before processing`.
    public var note: String?
}
