/// The symbols the screen is drawn with: Unicode in a UTF-8 locale, ASCII otherwise.
struct Glyphs: Sendable, Hashable {
    var horizontal: String
    var vertical: String
    var ellipsis: String
    var warning: String
    var sipMark: String
    var check: String
    /// Box corners: top left, top right, bottom left, bottom right.
    var corners: [String]

    /// Box-drawing lines, an ellipsis and symbols.
    static let unicode = Glyphs(
        horizontal: "─", vertical: "│", ellipsis: "…", warning: "⚠", sipMark: "☎", check: "✓",
        corners: ["┌", "┐", "└", "┘"])
    /// Plain ASCII for terminals whose locale is not UTF-8.
    static let ascii = Glyphs(
        horizontal: "-", vertical: "|", ellipsis: "~", warning: "!", sipMark: "S", check: "ok",
        corners: ["+", "+", "+", "+"])

    /// The glyphs for a locale that is (`true`) or is not UTF-8.
    static func forUnicode(_ unicode: Bool) -> Glyphs { unicode ? .unicode : .ascii }
}
