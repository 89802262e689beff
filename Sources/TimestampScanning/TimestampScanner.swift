/// Reads a timestamp's ASCII text left to right: fixed-width numbers, literal characters and
/// names. Every read checks its bounds, so no input can make parsing trap.
///
/// The RFC 3339 pieces (`TimestampScanner+RFC3339.swift`) are read by the TOML parser and by
/// MeetingKit's `ZoomDate` alike; MeetingKit's `HTTPDate` reads the names of HTTP dates with it.
public struct TimestampScanner {
    private let bytes: [UInt8]
    private var position = 0

    /// A scanner at the start of `text`.
    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// A scanner at the start of UTF-8 `bytes`.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether all of the text has been read.
    public var isAtEnd: Bool { position == bytes.count }

    /// The next byte, without reading it.
    public var next: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Reads exactly `count` decimal digits.
    public mutating func number(digits count: Int) -> Int? {
        guard count > 0, position + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<(position + count)] {
            guard Self.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        position += count
        return value
    }

    /// Reads one or more decimal digits after a decimal point as nanoseconds (`25` → 250 000 000);
    /// digits beyond the ninth are read and dropped. Nil when no digit comes next.
    public mutating func nanoseconds() -> Int? {
        var digits = 0
        var value = 0
        while let byte = next, Self.isDigit(byte) {
            if digits < 9 { value = value * 10 + Int(byte - 0x30) }
            digits += 1
            position += 1
        }
        guard digits > 0 else { return nil }
        for _ in min(digits, 9)..<9 { value *= 10 }
        return value
    }

    /// Reads `character` when it comes next (ASCII letters in either case when `ignoringCase`).
    public mutating func skip(_ character: Character, ignoringCase: Bool = false) -> Bool {
        guard let byte = next, let ascii = character.asciiValue else { return false }
        guard byte == ascii || (ignoringCase && Self.lowercased(byte) == Self.lowercased(ascii)) else { return false }
        position += 1
        return true
    }

    /// Reads one of `names` (ASCII, case-insensitive) and gives its index.
    public mutating func oneOf(_ names: [String]) -> Int? {
        for (index, name) in names.enumerated() {
            let candidate = Array(name.utf8)
            guard position + candidate.count <= bytes.count else { continue }
            if zip(bytes[position...], candidate).allSatisfy({ Self.lowercased($0) == Self.lowercased($1) }) {
                position += candidate.count
                return index
            }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
