/// Trimming for `String` without Foundation's `NSString` bridge (FoundationEssentials has none, and
/// the full Foundation links ICU into a static binary).
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (any Unicode space, not line breaks),
    /// as Foundation's `trimmingCharacters(in: .whitespaces)`.
    public func trimmingSpaces() -> String {
        trimming { $0.isWhitespace && !$0.isNewline }
    }

    /// The text without leading and trailing white space and line breaks, as Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public func trimmingWhitespace() -> String {
        trimming(\.isWhitespace)
    }

    private func trimming(_ isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }),
            let last = lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(self[first...last])
    }
}
