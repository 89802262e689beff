/// The symbols the screen is drawn with: Unicode in a UTF-8 locale, ASCII otherwise.
public struct Glyphs: Sendable, Hashable {
    public var horizontal: String
    public var vertical: String
    public var ellipsis: String
    public var warning: String
    public var sipMark: String
    public var check: String
    /// Box corners: top left, top right, bottom left, bottom right.
    public var corners: [String]

    /// Box-drawing lines, an ellipsis and symbols.
    public static let unicode = Glyphs(horizontal: "─", vertical: "│", ellipsis: "…", warning: "⚠", sipMark: "☎", check: "✓", corners: ["┌", "┐", "└", "┘"])
    /// Plain ASCII for terminals whose locale is not UTF-8.
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", ellipsis: "~", warning: "!", sipMark: "S", check: "ok", corners: ["+", "+", "+", "+"])

    /// The glyphs for a locale that is (`true`) or is not UTF-8.
    public static func forUnicode(_ unicode: Bool) -> Glyphs { unicode ? .unicode : .ascii }
}
