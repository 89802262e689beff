import PlainText

/// A key the operator pressed, independent of how the terminal encoded it.
enum KeyPress: Sendable, Hashable, CustomStringConvertible {
    /// A printable character (including a space).
    case character(Character)
    /// A control chord such as Ctrl-L, as the lower-case letter.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    /// A function key, F1 to F12.
    case function(Int)

    /// Parses a key as the config file spells it: `j`, `G`, `?`, `up`, `pgdn`, `enter`, `esc`,
    /// `backspace`, `space`, `tab`, `f1`, `ctrl-l`. Returns `nil` for anything else.
    init?(spec: String) {
        let trimmed = spec.trimmingSpaces()
        if trimmed.count == 1, let character = trimmed.first {
            self = .character(character)
            return
        }
        let lower = trimmed.lowercased()
        if let named = Self.names[lower] {
            self = named
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            self = .control(letter)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }

    /// The key as the help screen and key bar show it.
    var description: String { label(unicode: true) }

    /// The key's label with arrows and the return symbol, or ASCII words when `unicode` is false.
    func label(unicode: Bool) -> String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "^" + letter.uppercased()
        case .up: return unicode ? "↑" : "Up"
        case .down: return unicode ? "↓" : "Down"
        case .left: return unicode ? "←" : "Left"
        case .right: return unicode ? "→" : "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .delete: return "Del"
        case .function(let number): return "F\(number)"
        }
    }

    /// Whether a terminal multiplexer or flow control already claims this key (tmux, screen, XON/XOFF).
    var isReservedByMultiplexers: Bool {
        if case .control(let letter) = self { return "absq".contains(letter) }
        return false
    }

    private static let names: [String: KeyPress] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "page_up": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown, "page_down": .pageDown,
        "home": .home, "end": .end,
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "backspace": .backspace, "bksp": .backspace, "tab": .tab, "backtab": .backTab, "s-tab": .backTab,
        "delete": .delete, "del": .delete, "space": .character(" "),
    ]
}
