import PlainText

/// A phone number as Zoom dials it: `+`, the country code and the number (E.164, 8 to 15 digits),
/// optionally followed by a hyphen and an extension (`+16032331333-156`).
///
/// Spaces, dots, brackets and hyphens only group digits, with one exception: the last hyphen marks an
/// extension when the digits before it already make a full number (10 or more with the country code),
/// as in `+1 603 233 1333-156`. `x156`, `ext 156` and `ext. 156` mark an extension too.
public struct PhoneNumber: Sendable, Hashable, CustomStringConvertible {
    /// `+` and the digits of the number itself.
    public let number: String
    /// The extension's digits, dialled after the call is answered; `nil` when there is none.
    public let phoneExtension: String?

    /// The most digits an extension may have.
    public static let maxExtensionDigits = 10
    /// Digits before a hyphen from which on the hyphen marks an extension rather than a group.
    static let extensionHyphenThreshold = 10

    /// Parses a number as typed and says what is wrong when Zoom could not dial it.
    public init(parsing input: String) throws(InputError) {
        func fail(_ reason: String) -> InputError { .phoneNumber(input, reason: reason) }
        let (main, written) = Self.splitExtension(input.trimmingSpaces())
        let compact = main.filter { !Self.groupSeparators.contains($0) }
        guard compact.hasPrefix("+") else { throw fail("start with + and the country code, like +1 415 555 0100") }
        let digits = compact.dropFirst()
        guard digits.allSatisfy(\.isASCIIDigit) else { throw fail("only digits may follow the +") }
        guard (8...15).contains(digits.count) else {
            throw fail("an E.164 number has 8 to 15 digits, this has \(digits.count)")
        }
        if let written {
            guard !written.isEmpty, written.allSatisfy(\.isASCIIDigit) else {
                throw fail("the extension may hold only digits")
            }
            guard written.count <= Self.maxExtensionDigits else {
                throw fail("the extension has \(written.count) digits, at most \(Self.maxExtensionDigits) are dialled")
            }
        }
        number = compact
        phoneExtension = written
    }

    /// The form Zoom receives in `phone_number`: `+16032331333` or `+16032331333-156`.
    public var description: String {
        phoneExtension.map { "\(number)-\($0)" } ?? number
    }

    private static let groupSeparators: Set<Character> = [" ", "-", ".", "(", ")"]
    private static let extensionMarkers = ["ext.", "ext", "x", ","]

    /// The number's part and the extension's part of what was typed (the extension without spaces).
    private static func splitExtension(_ text: String) -> (main: Substring, extension: String?) {
        for marker in extensionMarkers {
            if let range = lastRange(of: marker, in: text) {
                return (text[..<range.lowerBound], text[range.upperBound...].filter { $0 != " " })
            }
        }
        guard let hyphen = text.lastIndex(of: "-") else { return (Substring(text), nil) }
        let before = text[..<hyphen].filter(\.isASCIIDigit).count
        let after = text[text.index(after: hyphen)...]
        guard before >= extensionHyphenThreshold, !after.isEmpty, after.allSatisfy(\.isASCIIDigit) else {
            return (Substring(text), nil)
        }
        return (text[..<hyphen], String(after))
    }

    /// Where `marker` last occurs in `text`, case ignored.
    private static func lastRange(of marker: String, in text: String) -> Range<String.Index>? {
        for start in text.indices.reversed() {
            let candidate = text[start...].prefix(marker.count)
            if candidate.count == marker.count, candidate.equalsIgnoringCase(marker) {
                return start..<candidate.endIndex
            }
        }
        return nil
    }
}
