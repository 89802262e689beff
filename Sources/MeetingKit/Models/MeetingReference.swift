import FoundationEssentials
import PlainText

/// How a live meeting is addressed in a request path: its numeric ID (the current instance) or an instance UUID.
public enum MeetingReference: Hashable, Sendable, Codable, CustomStringConvertible {
    case id(Int64)
    case uuid(String)

    /// Parses a meeting reference as operators type it: `85746065432`, `857 4606 5432`,
    /// `857-4606-5432`, or a UUID such as `4444AAAiAAAAAiAiAiiAii==`.
    public init(parsing input: String) throws(InputError) {
        let trimmed = input.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw InputError.meeting(input, reason: "the meeting ID is empty") }
        let digits = trimmed.filter { !" -.".contains($0) }
        if digits.allSatisfy(\.isASCIIDigit) {
            guard (9...12).contains(digits.count), let number = Int64(digits), number > 0 else {
                throw InputError.meeting(
                    input, reason: "a Zoom meeting ID has 9 to 12 digits, this has \(digits.count)")
            }
            self = .id(number)
            return
        }
        let uuidAlphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".unicodeScalars)
        guard trimmed.count >= 16, trimmed.count <= 64,
            trimmed.unicodeScalars.allSatisfy(uuidAlphabet.contains)
        else {
            throw InputError.meeting(
                input, reason: "expected a numeric meeting ID such as 857 4606 5432, or a meeting UUID")
        }
        self = .uuid(trimmed)
    }

    /// The path segment for this meeting. A UUID that starts with `/` or contains `//`
    /// is percent-encoded twice, as Zoom requires; any other UUID once.
    public var pathSegment: String {
        switch self {
        case .id(let number):
            return String(number)
        case .uuid(let uuid):
            let once = PercentEncoding.encode(uuid)
            return uuid.hasPrefix("/") || uuid.contains("//") ? PercentEncoding.encode(once) : once
        }
    }

    /// The meeting ID grouped as Zoom shows it (`857 4606 5432`), or the UUID.
    public var description: String {
        switch self {
        case .id(let number): return MeetingReference.grouped(number)
        case .uuid(let uuid): return uuid
        }
    }

    /// Groups a numeric meeting ID the way Zoom displays it.
    public static func grouped(_ number: Int64) -> String {
        let digits = Array(String(number))
        let groups: [Int]
        switch digits.count {
        case 9: groups = [3, 3, 3]
        case 10: groups = [3, 3, 4]
        case 11: groups = [3, 4, 4]
        default: return String(digits)
        }
        var parts: [String] = []
        var index = 0
        for size in groups {
            parts.append(String(digits[index..<index + size]))
            index += size
        }
        return parts.joined(separator: " ")
    }

    // MARK: Codable as a plain string or number

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            self = .id(number)
        } else {
            self = .uuid(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .id(let number): try container.encode(number)
        case .uuid(let uuid): try container.encode(uuid)
        }
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
