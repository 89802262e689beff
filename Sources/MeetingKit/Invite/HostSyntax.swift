/// The host part shared by SIP URIs and H.323 addresses: a host name, an IPv4 address,
/// or an IPv6 address (bracketed in URIs).
enum HostSyntax {
    /// Why `host` is not a valid host, or `nil` when it is. `bracketedIPv6` allows `[v6]`.
    static func problem(with host: String, allowBracketedIPv6: Bool = true, allowBareIPv6: Bool = false) -> String? {
        if host.isEmpty { return "the host is missing" }
        if host.hasPrefix("[") {
            guard allowBracketedIPv6, host.hasSuffix("]") else {
                return "an IPv6 address must be written in brackets, like [2001:db8::1]"
            }
            return isIPv6(String(host.dropFirst().dropLast())) ? nil : "\(host) is not a valid IPv6 address"
        }
        if host.contains(":") {
            if allowBareIPv6, isIPv6(host) { return nil }
            return "\(host) is not a valid host (an IPv6 address needs brackets)"
        }
        if host.allSatisfy({ $0.isASCIIDigit || $0 == "." }) {
            return isIPv4(host) ? nil : "\(host) is not a valid IPv4 address"
        }
        return hostnameProblem(host)
    }

    /// Whether `text` is a dotted-quad IPv4 address.
    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCIIDigit) && Int(part)! <= 255
            }
    }

    /// Whether `text` is an IPv6 address (RFC 4291 text form, optionally ending in IPv4).
    static func isIPv6(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 45 else { return false }
        var groups = text.split(separator: ":", omittingEmptySubsequences: false)
        var allowed = 8
        if let last = groups.last, last.contains(".") {
            guard isIPv4(String(last)) else { return false }
            groups.removeLast()
            groups.append("0")
            groups.append("0")
            allowed = 8
        }
        let doubleColons = text.ranges(of: "::").count
        guard doubleColons <= 1 else { return false }
        let hex = Set("0123456789abcdefABCDEF")
        if doubleColons == 1 {
            let filled = groups.filter { !$0.isEmpty }
            guard filled.count < allowed else { return false }
            return filled.allSatisfy { $0.count <= 4 && $0.allSatisfy(hex.contains) }
        }
        return groups.count == allowed
            && groups.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(hex.contains) }
    }

    /// Why `host` is not a DNS host name (RFC 1123 labels), or `nil`.
    static func hostnameProblem(_ host: String) -> String? {
        guard host.count <= 253 else { return "the host name is longer than 253 characters" }
        let labels =
            host.hasSuffix(".")
            ? host.dropLast().split(separator: ".", omittingEmptySubsequences: false)
            : host.split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            if label.isEmpty { return "\(host) has an empty label (two dots in a row)" }
            if label.count > 63 { return "a label of \(host) is longer than 63 characters" }
            guard label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                let bad = label.first { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) }!
                return "\(host) contains \"\(bad)\", which a host name cannot hold"
            }
            if label.hasPrefix("-") || label.hasSuffix("-") { return "a label of \(host) starts or ends with a hyphen" }
        }
        if let top = labels.last, top.allSatisfy(\.isASCIIDigit) {
            return "\(host) ends in a numeric label but is not an IPv4 address"
        }
        return nil
    }

    /// Whether `text` is a port number 1–65535.
    static func isPort(_ text: Substring) -> Bool {
        !text.isEmpty && text.count <= 5 && text.allSatisfy(\.isASCIIDigit) && (1...65535).contains(Int(text)!)
    }
}
