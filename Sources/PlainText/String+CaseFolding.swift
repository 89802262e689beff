/// Case-insensitive comparison in every script, by Unicode's default case mapping (the standard
/// library's `lowercased()`), with no locale and no ICU.
extension StringProtocol {
    /// Whether both texts are the same when case is ignored ("Boardroom" and "BOARDROOM", "Straße"
    /// and "STRASSE" are not: only simple lowercase mapping is compared).
    public func equalsIgnoringCase(_ other: some StringProtocol) -> Bool {
        lowercased() == other.lowercased()
    }

    /// Whether `other` occurs in this text when case is ignored; an empty `other` always does.
    public func containsIgnoringCase(_ other: some StringProtocol) -> Bool {
        other.isEmpty || lowercased().contains(other.lowercased())
    }
}
