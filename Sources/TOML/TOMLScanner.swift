/// The UTF-8 bytes of a document and a read position, with the byte tests and error reporting the
/// parser shares. Every read is bounds-checked: past the end reads as `nil`.
struct TOMLScanner {
    let bytes: [UInt8]
    private(set) var position = 0
    /// The 1-based line of `position`.
    private(set) var line = 1

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The byte `offset` bytes ahead, or `nil` past the end.
    func peek(_ offset: Int = 0) -> UInt8? {
        let index = position + offset
        return index >= 0 && index < bytes.count ? bytes[index] : nil
    }

    /// Whether the next bytes are exactly `text` (ASCII).
    func lookingAt(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard count <= bytes.count - position else { return false }
        let pointer = text.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        return true
    }

    mutating func advance(by count: Int = 1) {
        for _ in 0..<count where position < bytes.count {
            if bytes[position] == .lineFeed { line += 1 }
            position += 1
        }
    }

    /// Skips spaces and tabs.
    mutating func skipWhitespace() {
        while let byte = peek(), byte == .space || byte == .tab { advance() }
    }

    /// Whether the next bytes end a line: LF, CRLF, or the end of the document.
    var atLineEnd: Bool { isAtEnd || peek() == .lineFeed || (peek() == .carriageReturn && peek(1) == .lineFeed) }

    /// Consumes a line end (LF or CRLF); does nothing at the end of the document.
    /// - Throws: when something else follows, described as `context`.
    mutating func expectLineEnd(after context: String) throws(TOMLParseError) {
        if peek() == .carriageReturn && peek(1) == .lineFeed {
            advance(by: 2)
        } else if peek() == .lineFeed {
            advance()
        } else if peek() == .carriageReturn {
            throw error("a carriage return (U+000D) must be followed by a line feed")
        } else if !isAtEnd {
            throw error("expected the end of the line after \(context), found \(describeNext())")
        }
    }

    /// Consumes a `#` comment up to (not including) its line end.
    mutating func skipComment() throws(TOMLParseError) {
        guard peek() == .hash else { return }
        advance()
        while !atLineEnd {
            guard let byte = peek(), !byte.isControl else {
                throw error("\(describeNext()) is not allowed in a comment")
            }
            advance()
        }
    }

    /// Skips whitespace, comments and line ends (inside arrays).
    mutating func skipWhitespaceCommentsAndNewlines() throws(TOMLParseError) {
        while true {
            skipWhitespace()
            if peek() == .hash { try skipComment() }
            guard !isAtEnd, atLineEnd else { return }
            advance(by: peek() == .carriageReturn ? 2 : 1)
        }
    }

    // MARK: - Errors

    /// An error at `offset` (default: the current position), with its line and column.
    func error(_ message: String, at offset: Int? = nil) -> TOMLParseError {
        let target = min(max(offset ?? position, 0), bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[0..<target] {
            if byte == .lineFeed {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return TOMLParseError(line: line, column: column, message: message)
    }

    /// The next Unicode scalar, described for a message: `'='`, `end of line`, `U+0612 'ؒ'`.
    func describeNext() -> String {
        guard let byte = peek() else { return "the end of the file" }
        switch byte {
        case .lineFeed: return "the end of the line"
        case .carriageReturn where peek(1) == .lineFeed: return "the end of the line"
        case .carriageReturn: return "a carriage return (U+000D) without a line feed"
        case .tab: return "a tab"
        case ..<0x20, 0x7F: return "control character " + Self.codePoint(UInt32(byte))
        case ..<0x80: return "'\(Character(Unicode.Scalar(byte)))'"
        default:
            let end = min(position + 4, bytes.count)
            guard let scalar = String(decoding: bytes[position..<end], as: UTF8.self).unicodeScalars.first else {
                return "a non-ASCII character"
            }
            return "\(Self.codePoint(scalar.value)) '\(scalar)'"
        }
    }

    /// `U+0041` style.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension UInt8 {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let apostrophe: UInt8 = 0x27
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let equals: UInt8 = 0x3D
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D

    /// A control character TOML forbids in comments and strings: U+0000-U+001F except tab, and U+007F.
    var isControl: Bool { (self < 0x20 && self != .tab) || self == 0x7F }

    /// `0`-`9`.
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// `0`-`9`, `a`-`f`, `A`-`F`.
    var isHexDigit: Bool { isDigit || (self | 0x20 >= 0x61 && self | 0x20 <= 0x66) }

    /// A character of a bare key: `A-Z a-z 0-9 _ -`.
    var isBareKeyCharacter: Bool {
        isDigit || (self | 0x20 >= 0x61 && self | 0x20 <= 0x7A) || self == .underscore || self == .minus
    }
}
