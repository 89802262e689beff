import PlainText

/// Validation of the optional parts of a call-out against Zoom's documented limits: display names,
/// the caller URI, custom SIP headers, and phone call-outs. Each check throws `InputError` with the
/// reason, before anything is sent. The command line and the console's forms both use these checks.
public enum CalloutDetails {
    /// The most custom SIP headers Zoom accepts (`additional_headers`).
    public static let maxHeaders = 10
    /// The longest custom header name (`key`) Zoom accepts, in bytes.
    public static let maxHeaderKeyBytes = 32
    /// The longest custom header value Zoom accepts, in bytes.
    public static let maxHeaderValueBytes = 256
    /// The longest caller URI (`from_uri`) Zoom accepts, in bytes.
    public static let maxFromURIBytes = 256
    /// The longest display name (`from_display_name`, `to_display_name`, SIP and H.323) Zoom accepts, in characters.
    public static let maxDisplayNameLength = 64

    /// Parses `X-Key=value` as typed on the command line.
    public static func header(parsing input: String) throws(InputError) -> InMeetingEvent.SIPHeader {
        guard let equals = input.firstIndex(of: "=") else {
            throw .sipHeader(input, reason: "write it as X-Name=value")
        }
        let header = InMeetingEvent.SIPHeader(
            key: String(input[..<equals]).trimmingSpaces(),
            value: String(input[input.index(after: equals)...]))
        try validate(header)
        return header
    }

    /// Checks one custom header: the name starts with `X-`, is a SIP token and fits 32 bytes; the value fits 256 bytes.
    public static func validate(_ header: InMeetingEvent.SIPHeader) throws(InputError) {
        let shown = "\(header.key)=\(header.value)"
        guard header.key.lowercased().hasPrefix("x-"), header.key.count > 2 else {
            throw .sipHeader(shown, reason: "custom header names must start with X-")
        }
        let tokenCharacters = Set("-.!%*_+`'~")
        guard header.key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || tokenCharacters.contains($0)) })
        else {
            throw .sipHeader(shown, reason: "a header name may hold only letters, digits and -.!%*_+`'~")
        }
        guard !header.value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw .sipHeader(shown, reason: "the value holds a control character (a line break, say)")
        }
        guard header.key.utf8.count <= maxHeaderKeyBytes else {
            throw .sipHeader(
                shown,
                reason: "the name is \(header.key.utf8.count) bytes long, Zoom takes at most \(maxHeaderKeyBytes)")
        }
        guard header.value.utf8.count <= maxHeaderValueBytes else {
            throw .sipHeader(
                shown,
                reason: "the value is \(header.value.utf8.count) bytes long, Zoom takes at most \(maxHeaderValueBytes)")
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

    /// Checks the caller URI of a SIP call-out (starts `sip:`/`sips:`, at most 256 bytes) and returns it canonical.
    public static func fromURI(_ input: String) throws(InputError) -> String {
        let lower = input.lowercased().trimmingSpaces()
        guard lower.hasPrefix("sip:") || lower.hasPrefix("sips:") else {
            throw .sipAddress(input, reason: "the caller URI must start with sip: or sips:")
        }
        let uri = try SIPURI(parsing: input).description
        guard uri.utf8.count <= maxFromURIBytes else {
            throw .sipAddress(
                input, reason: "the caller URI is \(uri.utf8.count) bytes long, Zoom takes at most \(maxFromURIBytes)")
        }
        return uri
    }

    /// Checks a display name: not blank, at most 64 characters (UTF-16 units, as Zoom counts), no control characters.
    public static func displayName(_ input: String) throws(InputError) -> String {
        let name = input.trimmingSpaces()
        guard !name.isEmpty else { throw .other("the display name is empty") }
        guard name.utf16.count <= maxDisplayNameLength else {
            throw .other("the display name \"\(name.prefix(20))...\" is longer than \(maxDisplayNameLength) characters")
        }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .other("the display name holds a control character")
        }
        return name
    }

    /// Checks a phone call-out as typed: the number (with an extension, if any) and the invitee's name,
    /// which defaults to the number. Press-1 and the greeting default to Zoom's `true`.
    public static func phoneCallout(
        number input: String, name: String?, requireGreeting: Bool = true,
        requirePressingOne: Bool = true
    ) throws(InputError) -> InMeetingEvent.PhoneCallout {
        let number = try PhoneNumber(parsing: input).description
        let typedName = name.flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 }
        return InMeetingEvent.PhoneCallout(
            inviteeName: try typedName.map(displayName) ?? number, phoneNumber: number,
            requireGreeting: requireGreeting, requirePressingOne: requirePressingOne)
    }
}
