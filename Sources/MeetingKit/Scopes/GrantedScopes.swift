/// The OAuth scopes a token carries: known from Zoom's token answer, or unknown for a pasted token.
public enum GrantedScopes: Sendable, Hashable, Codable {
    case known(Set<String>)
    case unknown

    /// Parses Zoom's space-separated `scope` field.
    public init(spaceSeparated: String?) {
        guard let text = spaceSeparated else {
            self = .unknown
            return
        }
        self = .known(Set(text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)))
    }

    /// Whether the token holds any of these scopes: `true`/`false` when known, `nil` when unknown.
    public func holdsAny(of scopes: [String]) -> Bool? {
        switch self {
        case .known(let granted): return scopes.contains(where: granted.contains)
        case .unknown: return nil
        }
    }

    /// The scopes in a stable order, or `nil` when unknown.
    public var sorted: [String]? {
        if case .known(let granted) = self { return granted.sorted() }
        return nil
    }
}
