import PlainText

/// An H.323 destination: an IPv4/IPv6 address or host name (optionally with a port),
/// an E.164 number, `alias@host`, or `address##extension`.
public struct H323Address: Sendable, Hashable, CustomStringConvertible {
    /// The address as Zoom receives it, with surrounding spaces removed.
    public let description: String

    /// Parses an H.323 address and says precisely what is wrong when it is not one.
    public init(parsing input: String) throws(InputError) {
        let text = input.trimmingSpaces()
        func fail(_ reason: String) -> InputError { .h323Address(input, reason: reason) }
        guard !text.isEmpty else { throw fail("the address is empty") }
        guard text.utf8.count <= 256 else { throw fail("the address is longer than 256 bytes") }
        if text.lowercased().hasPrefix("sip:") || text.lowercased().hasPrefix("sips:") {
            throw fail("this is a SIP URI: choose SIP as the call type")
        }
        if let bad = text.unicodeScalars.first(where: { !$0.isASCII || $0.value < 0x21 || $0.value == 0x7F }) {
            throw fail(
                bad.value == 0x20 ? "it contains a space" : "it contains \"\(bad)\", which an H.323 address cannot hold"
            )
        }

        var destination = Substring(text)
        if let marker = text.firstRange(of: "##") {
            let extensionPart = text[marker.upperBound...]
            guard !extensionPart.isEmpty else {
                throw fail("nothing follows ##: give the extension, like 10.0.0.5##1234")
            }
            guard extensionPart.allSatisfy({ $0.isASCIIDigit || $0.isLetter || "*#.-_".contains($0) }) else {
                throw fail("the extension after ## may hold only letters, digits, *, #, ., - and _")
            }
            destination = text[..<marker.lowerBound]
            guard !destination.isEmpty else { throw fail("nothing comes before ##: give the gateway or MCU address") }
        }

        if let problem = Self.destinationProblem(destination) { throw fail(problem) }
        description = text
    }

    /// Why `destination` is not an E.164 number, `alias@host` or `host[:port]`, or `nil`.
    private static func destinationProblem(_ destination: Substring) -> String? {
        if destination.hasPrefix("+") || destination.allSatisfy(\.isASCIIDigit) {
            let digits = destination.hasPrefix("+") ? destination.dropFirst() : destination
            if digits.allSatisfy(\.isASCIIDigit) {
                if destination.hasPrefix("+") || !destination.contains(".") {
                    return (3...15).contains(digits.count)
                        ? nil : "an E.164 number has 3 to 15 digits, this has \(digits.count)"
                }
            }
            if destination.hasPrefix("+") { return "an E.164 number holds only digits after +" }
        }
        var host = destination
        if let at = destination.lastIndex(of: "@") {
            let alias = destination[..<at]
            guard !alias.isEmpty else { return "the alias before @ is empty" }
            guard alias.allSatisfy({ $0.isLetter || $0.isNumber || "-_.+*#".contains($0) }) else {
                return "the alias \"\(alias)\" may hold only letters, digits and - _ . + * #"
            }
            host = destination[destination.index(after: at)...]
        }
        if HostSyntax.isIPv6(String(host)) { return nil }
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            let after = host[host.index(after: close)...]
            if !after.isEmpty, !(after.hasPrefix(":") && HostSyntax.isPort(after.dropFirst())) {
                return "\(after) is not a valid port (1–65535)"
            }
            return HostSyntax.problem(with: String(host[...close]))
        }
        if let colon = host.lastIndex(of: ":") {
            guard HostSyntax.isPort(host[host.index(after: colon)...]) else {
                return "\"\(host[host.index(after: colon)...])\" is not a valid port (1–65535)"
            }
            host = host[..<colon]
        }
        return HostSyntax.problem(with: String(host))
    }
}
