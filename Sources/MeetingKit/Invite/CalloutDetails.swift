/// Validation of the optional parts of a call-out: display names, the caller URI, custom SIP headers,
/// and phone numbers. Each check throws `InputError` with the reason, before anything is sent.
public enum CalloutDetails {
    /// The most custom SIP headers Zoom accepts.
    public static let maxHeaders = 10
    /// The most bytes a custom SIP header may take (name and value).
    public static let maxHeaderBytes = 256

    /// Parses `X-Key=value` as typed on the command line.
    public static func header(parsing input: String) throws(InputError) -> InMeetingEvent.SIPHeader {
        guard let equals = input.firstIndex(of: "=") else {
            throw .sipHeader(input, reason: "write it as X-Name=value")
        }
        let header = InMeetingEvent.SIPHeader(key: String(input[..<equals]).trimmingCharacters(in: .whitespaces),
                                              value: String(input[input.index(after: equals)...]))
        try validate(header)
        return header
    }

    /// Checks one custom header: the name starts with `X-` and is a SIP token; name and value fit 256 bytes.
    public static func validate(_ header: InMeetingEvent.SIPHeader) throws(InputError) {
        let shown = "\(header.key)=\(header.value)"
        guard header.key.lowercased().hasPrefix("x-"), header.key.count > 2 else {
            throw .sipHeader(shown, reason: "custom header names must start with X-")
        }
        let tokenCharacters = Set("-.!%*_+`'~")
        guard header.key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || tokenCharacters.contains($0)) }) else {
            throw .sipHeader(shown, reason: "a header name may hold only letters, digits and -.!%*_+`'~")
        }
        guard !header.value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .sipHeader(shown, reason: "the value holds a control character (a line break, say)")
        }
        guard header.key.utf8.count + header.value.utf8.count <= maxHeaderBytes else {
            throw .sipHeader(shown, reason: "name and value together are longer than \(maxHeaderBytes) bytes")
        }
    }

    /// Checks the list of custom headers: at most ten, each valid, no name twice.
    public static func validate(headers: [InMeetingEvent.SIPHeader]) throws(InputError) {
        guard headers.count <= maxHeaders else {
            throw .other("at most \(maxHeaders) custom SIP headers may be sent, \(headers.count) were given")
        }
        var seen: Set<String> = []
        for header in headers {
            try validate(header)
            guard seen.insert(header.key.lowercased()).inserted else {
                throw .sipHeader(header.key, reason: "this header is given twice")
            }
        }
    }

    /// Checks the caller URI of a SIP call-out and returns it canonical.
    public static func fromURI(_ input: String) throws(InputError) -> String {
        let lower = input.lowercased()
        guard lower.hasPrefix("sip:") || lower.hasPrefix("sips:") else {
            throw .sipAddress(input, reason: "the caller URI must start with sip: or sips:")
        }
        return try SIPURI(parsing: input).description
    }

    /// Checks a display name: not blank, at most 64 characters, no control characters.
    public static func displayName(_ input: String) throws(InputError) -> String {
        let name = input.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .other("the display name is empty") }
        guard name.count <= 64 else { throw .other("the display name \"\(name.prefix(20))...\" is longer than 64 characters") }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .other("the display name holds a control character")
        }
        return name
    }

    /// Normalises a phone number to E.164 (`+` and 8 to 15 digits); spaces, dashes, dots and brackets are dropped.
    public static func phoneNumber(_ input: String) throws(InputError) -> String {
        let compact = input.filter { !" -.()".contains($0) }
        guard compact.hasPrefix("+") else {
            throw .phoneNumber(input, reason: "start with + and the country code, like +1 415 555 0100")
        }
        let digits = compact.dropFirst()
        guard digits.allSatisfy(\.isASCIIDigit) else { throw .phoneNumber(input, reason: "only digits may follow the +") }
        guard (8...15).contains(digits.count) else {
            throw .phoneNumber(input, reason: "an E.164 number has 8 to 15 digits, this has \(digits.count)")
        }
        return compact
    }
}
