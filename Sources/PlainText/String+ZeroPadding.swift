/// Fixed-width numbers without Foundation's `String(format:)` (which is not in FoundationEssentials).
extension String {
    /// `value` written in `radix` (digits above 9 upper-case), with zeros in front to at least
    /// `width` digits: `String(zeroPadding: 7, width: 2)` is "07" as `%02d` wrote it,
    /// `String(zeroPadding: 0x1F, width: 2, radix: 16)` is "1F" as `%02X` did. A negative value
    /// keeps its minus sign in front of the zeros.
    public init(zeroPadding value: Int, width: Int, radix: Int = 10) {
        let digits = String(value.magnitude, radix: radix, uppercase: true)
        let zeros = String(repeating: "0", count: Swift.max(0, width - digits.count))
        self = (value < 0 ? "-" : "") + zeros + digits
    }
}
