import Glibc

/// The lower-cased search text of every item of a list, built once when the list arrives, so
/// that a filter keystroke scans bytes instead of lower-casing and joining every item again.
///
/// All texts live in one UTF-8 buffer (one allocation however long the list); matching is a
/// byte substring search, which is exact for UTF-8 because no character's encoding occurs
/// inside another's.
public struct SearchIndex: Sendable, Hashable {
    private var bytes: [UInt8] = []
    /// Where item `i`'s text starts in `bytes`; item `i` ends where item `i + 1` starts.
    private var starts: [Int] = [0]

    /// An index of the given texts (lower-cased here).
    public init<Texts: Sequence>(_ texts: Texts) where Texts.Element == String {
        for text in texts {
            bytes.append(contentsOf: text.lowercased().utf8)
            starts.append(bytes.count)
        }
    }

    /// How many items are indexed.
    public var count: Int { starts.count - 1 }

    /// The needle as the index compares it: lower-cased UTF-8.
    public static func needle(_ text: String) -> [UInt8] {
        Array(text.lowercased().utf8)
    }

    /// Whether item `index`'s text contains `needle` (from `SearchIndex.needle`).
    public func contains(_ needle: [UInt8], at index: Int) -> Bool {
        guard !needle.isEmpty else { return true }
        let start = starts[index]
        let length = starts[index + 1] - start
        guard length >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { wanted in
                Self.find(wanted, in: UnsafeBufferPointer(rebasing: haystack[start..<start + length]))
            }
        }
    }

    /// Whether `needle` (not empty) occurs in `haystack`: `memchr` to each candidate first byte, then `memcmp`.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, let wanted = needle.baseAddress else { return false }
        let first = Int32(wanted.pointee)
        let last = haystack.count - needle.count
        var offset = 0
        while offset <= last {
            guard let hit = memchr(base + offset, first, last - offset + 1) else { return false }
            let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + position, wanted, needle.count) == 0 { return true }
            offset = position + 1
        }
        return false
    }
}
