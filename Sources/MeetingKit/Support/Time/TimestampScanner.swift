/// Reads a timestamp's ASCII text left to right: fixed-width numbers, literal characters and
/// names. Every read checks its bounds, so no input can make parsing trap.
struct TimestampScanner {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Whether all of the text has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// The next byte, without reading it.
    var next: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Reads exactly `count` decimal digits.
    mutating func number(digits count: Int) -> Int? {
        guard count > 0, position + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<(position + count)] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        position += count
        return value
    }

    /// Reads one or more decimal digits as a fraction of one (`25` → 0.25); at most nine count.
    mutating func fraction() -> Double? {
        var digits = 0, value = 0.0, scale = 1.0
        while let byte = next, (0x30...0x39).contains(byte) {
            if digits < 9 {
                scale /= 10
                value += Double(byte - 0x30) * scale
            }
            digits += 1
            position += 1
        }
        return digits > 0 ? value : nil
    }

    /// Reads `character` when it comes next (ASCII letters in either case when `ignoringCase`).
    mutating func skip(_ character: Character, ignoringCase: Bool = false) -> Bool {
        guard let byte = next, let ascii = character.asciiValue else { return false }
        guard byte == ascii || (ignoringCase && Self.lowercased(byte) == Self.lowercased(ascii)) else { return false }
        position += 1
        return true
    }

    /// Reads one of `names` (ASCII, case-insensitive) and gives its index.
    mutating func oneOf(_ names: [String]) -> Int? {
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

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
