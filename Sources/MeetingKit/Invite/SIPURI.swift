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
    public init(parsing input: String) throws(InputError) {
        let text = input.trimmingCharacters(in: .whitespaces)
        func fail(_ reason: String) -> InputError { .sipAddress(input, reason: reason) }
        guard !text.isEmpty else { throw fail("the address is empty") }
        guard text.utf8.count <= 512 else { throw fail("the address is longer than 512 bytes") }
        if let bad = text.unicodeScalars.first(where: { !$0.isASCII || $0.value < 0x21 || $0.value == 0x7F }) {
            throw fail(bad.value == 0x20 ? "it contains a space (escape it as %20)" : "it contains \"\(bad)\": escape non-ASCII characters with %XX")
        }

        var rest = Substring(text)
        let lower = text.lowercased()
        if lower.hasPrefix("sips:") {
            scheme = "sips"
            rest = rest.dropFirst(5)
        } else if lower.hasPrefix("sip:") {
            scheme = "sip"
            rest = rest.dropFirst(4)
        } else if let colon = text.firstIndex(of: ":"), Self.isForeignScheme(text[..<colon], followedBy: text[colon...]) {
            throw fail("the scheme \"\(text[..<colon])\" is not sip: or sips:")
        } else {
            scheme = "sip"
        }

        // Headers (?...) and parameters (;...) come after the host part.
        var headers: Substring = ""
        if let question = rest.firstIndex(of: "?") {
            headers = rest[rest.index(after: question)...]
            rest = rest[..<question]
        }
        var userPart: Substring?
        if let at = rest.lastIndex(of: "@") {
            userPart = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        var params: Substring?
        if let semicolon = rest.firstIndex(of: ";") {
            params = rest[rest.index(after: semicolon)...]
            rest = rest[..<semicolon]
        }

        if let userPart {
            guard !userPart.isEmpty else { throw fail("the user part before @ is empty") }
            let userOnly = userPart.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard !userOnly.isEmpty else { throw fail("the user part before @ is empty") }
            if let problem = Self.escapingProblem(userPart, allowed: Self.userCharacters) { throw fail("the user part \(problem)") }
        }

        // Host and port.
        var hostText = rest
        var portValue: Int?
        if hostText.hasPrefix("[") {
            guard let close = hostText.firstIndex(of: "]") else { throw fail("the IPv6 address has no closing ]") }
            let after = hostText[hostText.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":"), HostSyntax.isPort(after.dropFirst()) else { throw fail("\(after) is not a valid port (1–65535)") }
                portValue = Int(after.dropFirst())
            }
            hostText = hostText[...close]
        } else if let colon = hostText.firstIndex(of: ":") {
            let portText = hostText[hostText.index(after: colon)...]
            if HostSyntax.isIPv6(String(hostText)) {
                throw fail("an IPv6 address must be written in brackets, like sip:[2001:db8::1]")
            }
            guard HostSyntax.isPort(portText) else { throw fail("\"\(portText)\" is not a valid port (1–65535)") }
            portValue = Int(portText)
            hostText = hostText[..<colon]
        }
        if hostText.isEmpty, userPart == nil, rest.isEmpty { throw fail("there is nothing after \"\(scheme):\"") }
        if let problem = HostSyntax.problem(with: String(hostText)) { throw fail(problem) }

        for param in params?.split(separator: ";", omittingEmptySubsequences: false) ?? [] {
            guard !param.isEmpty else { throw fail("it has an empty ;parameter") }
            let pieces = param.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard !pieces[0].isEmpty else { throw fail("the parameter \";\(param)\" has no name") }
            if let problem = Self.escapingProblem(param, allowed: Self.paramCharacters) { throw fail("the parameter \";\(param)\" \(problem)") }
        }
        if !headers.isEmpty {
            for header in headers.split(separator: "&", omittingEmptySubsequences: false) {
                let pieces = header.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard pieces.count == 2, !pieces[0].isEmpty else { throw fail("the header \"?\(header)\" must be name=value") }
                if let problem = Self.escapingProblem(header, allowed: Self.headerCharacters) { throw fail("the header \"?\(header)\" \(problem)") }
            }
        }

        user = userPart.map(String.init)
        host = hostText.lowercased()
        port = portValue
        var canonical = "\(scheme):"
        if let user { canonical += "\(user)@" }
        canonical += host
        if let port { canonical += ":\(port)" }
        if let params { canonical += ";\(params)" }
        if !headers.isEmpty { canonical += "?\(headers)" }
        description = canonical
    }

    /// Whether the text before the first colon names a URI scheme other than SIP (`tel:`, `http://`...),
    /// rather than a host or user name followed by a port or password.
    private static func isForeignScheme(_ prefix: Substring, followedBy rest: Substring) -> Bool {
        guard !prefix.isEmpty, prefix.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return rest.hasPrefix("://") || ["tel", "mailto", "h323", "http", "https", "im", "pres", "urn"].contains(prefix.lowercased())
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
                guard hex.count == 2, hex.allSatisfy(\.isHexDigit) else { return "has a % that is not followed by two hex digits" }
                index = text.index(index, offsetBy: 3)
                continue
            }
            guard character.isASCII, character.isLetter || character.isNumber || allowed.contains(character) else {
                return "contains \"\(character)\", which must be escaped as %\(String(format: "%02X", character.asciiValue ?? 0))"
            }
            index = text.index(after: index)
        }
        return nil
    }
}
