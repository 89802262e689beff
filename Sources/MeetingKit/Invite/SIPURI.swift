import PlainText

/// A SIP or SIPS URI checked against RFC 3261's grammar:
/// `sip:[user[:password]@]host[:port][;param[=value]]*[?header=value[&header=value]*]`.
public struct SIPURI: Sendable, Hashable, CustomStringConvertible {
    /// `sip` or `sips`.
    public let scheme: String
    /// The user part, still percent-escaped as written; `nil` when absent.
    public let user: String?
    /// The host: a host name, an IPv4 address, or a bracketed IPv6 address; lower-cased.
    public let host: String
    public let port: Int?
    /// The whole URI in canonical form (scheme and host lower-cased).
    public let description: String

    /// Parses a SIP URI. Input without a scheme — `room@host`, an IP address or a host name — gets `sip:`.
    /// A host name must be a full domain (it holds a dot): Zoom's cloud cannot resolve a single name like `boardroom`.
    public init(parsing input: String) throws(InputError) {
        do throws(Reason) {
            let text = try Self.checkedText(input)
            var rest = Substring(text)
            let scheme = try Self.takeScheme(from: &rest, of: text)
            let parts = Parts(splitting: rest)
            try Self.checkUser(parts.user)
            let (host, port) = try Self.hostAndPort(parts.hostPort)
            if host.isEmpty, parts.user == nil, parts.hostPort.isEmpty {
                throw Reason("there is nothing after \"\(scheme):\"")
            }
            if let problem = HostSyntax.problem(with: String(host)) ?? Self.reachabilityProblem(String(host)) {
                throw Reason(problem)
            }
            try Self.checkParameters(parts.parameters)
            try Self.checkHeaders(parts.headers)

            self.scheme = scheme
            user = parts.user.map(String.init)
            self.host = host.lowercased()
            self.port = port
            description = Self.canonical(
                scheme: scheme, user: user, host: self.host, port: port, parameters: parts.parameters,
                headers: parts.headers)
        } catch {
            throw .sipAddress(input, reason: error.text)
        }
    }

    /// Why the input is not a SIP URI, before it is tied to the input.
    private struct Reason: Error {
        let text: String
        init(_ text: String) { self.text = text }
    }

    /// The trimmed input when it is not empty, not too long and holds only printable ASCII.
    private static func checkedText(_ input: String) throws(Reason) -> String {
        let text = input.trimmingSpaces()
        guard !text.isEmpty else { throw Reason("the address is empty") }
        guard text.utf8.count <= 512 else { throw Reason("the address is longer than 512 bytes") }
        if let bad = text.unicodeScalars.first(where: { !$0.isASCII || $0.value < 0x21 || $0.value == 0x7F }) {
            throw Reason(
                bad.value == 0x20
                    ? "it contains a space (escape it as %20)"
                    : "it contains \"\(bad)\": escape non-ASCII characters with %XX")
        }
        return text
    }

    /// Removes `sip:` or `sips:` from the front of `rest` and names the scheme; no scheme means `sip`.
    private static func takeScheme(from rest: inout Substring, of text: String) throws(Reason) -> String {
        let lower = text.lowercased()
        if lower.hasPrefix("sips:") {
            rest = rest.dropFirst(5)
            return "sips"
        }
        if lower.hasPrefix("sip:") {
            rest = rest.dropFirst(4)
            return "sip"
        }
        if let colon = text.firstIndex(of: ":"), isForeignScheme(text[..<colon], followedBy: text[colon...]) {
            throw Reason("the scheme \"\(text[..<colon])\" is not sip: or sips:")
        }
        return "sip"
    }

    /// The pieces after the scheme: `user@hostport;parameters?headers`.
    private struct Parts {
        var user: Substring?
        var hostPort: Substring
        var parameters: Substring?
        var headers: Substring = ""

        init(splitting text: Substring) {
            var rest = text
            if let question = rest.firstIndex(of: "?") {
                headers = rest[rest.index(after: question)...]
                rest = rest[..<question]
            }
            if let at = rest.lastIndex(of: "@") {
                user = rest[..<at]
                rest = rest[rest.index(after: at)...]
            }
            if let semicolon = rest.firstIndex(of: ";") {
                parameters = rest[rest.index(after: semicolon)...]
                rest = rest[..<semicolon]
            }
            hostPort = rest
        }
    }

    private static func checkUser(_ userPart: Substring?) throws(Reason) {
        guard let userPart else { return }
        let userOnly = userPart.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard !userOnly.isEmpty else { throw Reason("the user part before @ is empty") }
        if let problem = escapingProblem(userPart, allowed: userCharacters) { throw Reason("the user part \(problem)") }
    }

    /// The host (an IPv6 literal keeps its brackets) and the port, if one is given.
    private static func hostAndPort(_ text: Substring) throws(Reason) -> (host: Substring, port: Int?) {
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw Reason("the IPv6 address has no closing ]") }
            let after = text[text.index(after: close)...]
            guard !after.isEmpty else { return (text[...close], nil) }
            guard after.hasPrefix(":"), HostSyntax.isPort(after.dropFirst()) else {
                throw Reason("\(after) is not a valid port (1–65535)")
            }
            return (text[...close], Int(after.dropFirst()))
        }
        guard let colon = text.firstIndex(of: ":") else { return (text, nil) }
        if HostSyntax.isIPv6(String(text)) {
            throw Reason("an IPv6 address must be written in brackets, like sip:[2001:db8::1]")
        }
        let portText = text[text.index(after: colon)...]
        guard HostSyntax.isPort(portText) else { throw Reason("\"\(portText)\" is not a valid port (1–65535)") }
        return (text[..<colon], Int(portText))
    }

    /// Why Zoom's cloud could never reach `host`: a single name that is not an IP literal (it needs a domain).
    private static func reachabilityProblem(_ host: String) -> String? {
        let name = host.hasSuffix(".") ? String(host.dropLast()) : host
        guard !name.hasPrefix("["), !HostSyntax.isIPv4(name), !name.contains(".") else { return nil }
        return
            "\"\(name)\" is a single name, which Zoom's cloud cannot resolve: give a full domain (room@\(name).example.com) or an IP address"
    }

    private static func checkParameters(_ parameters: Substring?) throws(Reason) {
        for param in parameters?.split(separator: ";", omittingEmptySubsequences: false) ?? [] {
            guard !param.isEmpty else { throw Reason("it has an empty ;parameter") }
            guard !param.hasPrefix("=") else { throw Reason("the parameter \";\(param)\" has no name") }
            if let problem = escapingProblem(param, allowed: paramCharacters) {
                throw Reason("the parameter \";\(param)\" \(problem)")
            }
        }
    }

    private static func checkHeaders(_ headers: Substring) throws(Reason) {
        guard !headers.isEmpty else { return }
        for header in headers.split(separator: "&", omittingEmptySubsequences: false) {
            let pieces = header.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pieces.count == 2, !pieces[0].isEmpty else {
                throw Reason("the header \"?\(header)\" must be name=value")
            }
            if let problem = escapingProblem(header, allowed: headerCharacters) {
                throw Reason("the header \"?\(header)\" \(problem)")
            }
        }
    }

    private static func canonical(
        scheme: String, user: String?, host: String, port: Int?, parameters: Substring?, headers: Substring
    ) -> String {
        var canonical = "\(scheme):"
        if let user { canonical += "\(user)@" }
        canonical += host
        if let port { canonical += ":\(port)" }
        if let parameters { canonical += ";\(parameters)" }
        if !headers.isEmpty { canonical += "?\(headers)" }
        return canonical
    }

    /// Whether the text before the first colon names a URI scheme other than SIP (`tel:`, `http://`...),
    /// rather than a host or user name followed by a port or password.
    private static func isForeignScheme(_ prefix: Substring, followedBy rest: Substring) -> Bool {
        guard !prefix.isEmpty, prefix.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return rest.hasPrefix("://")
            || ["tel", "mailto", "h323", "http", "https", "im", "pres", "urn"].contains(prefix.lowercased())
    }

    // RFC 3261 character classes (beyond alphanumerics and %XX escapes).
    private static let unreserved = "-_.!~*'()"
    private static let userCharacters = Set(unreserved + "&=+$,;?/" + ":")
    private static let paramCharacters = Set(unreserved + "[]/:&+$" + "=")
    private static let headerCharacters = Set(unreserved + "[]/?:+$" + "=")

    /// Why `text` holds a character outside `allowed` or a broken `%XX` escape, or `nil`.
    private static func escapingProblem(_ text: Substring, allowed: Set<Character>) -> String? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "%" {
                let hex = text[text.index(after: index)...].prefix(2)
                guard hex.count == 2, hex.allSatisfy(\.isHexDigit) else {
                    return "has a % that is not followed by two hex digits"
                }
                index = text.index(index, offsetBy: 3)
                continue
            }
            guard character.isASCII, character.isLetter || character.isNumber || allowed.contains(character) else {
                return
                    "contains \"\(character)\", which must be escaped as %\(String(zeroPadding: Int(character.asciiValue ?? 0), width: 2, radix: 16))"
            }
            index = text.index(after: index)
        }
        return nil
    }
}
