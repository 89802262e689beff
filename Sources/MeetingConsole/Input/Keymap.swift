/// The one table that maps keys to actions. The reducer dispatches with it, and the help
/// screen and key bar are drawn from it, so what is shown is what works.
struct Keymap: Sendable, Equatable {
    /// The keys of each action, in the order the help screen lists them.
    private(set) var bindings: [KeyAction: [KeyPress]]

    /// The default keys: vi-style and arrow movement, k9s-style `:` and `/`, htop-style `q`.
    static let defaults = Keymap(bindings: [
        .moveUp: [.up, .character("k")],
        .moveDown: [.down, .character("j")],
        .pageUp: [.pageUp],
        .pageDown: [.pageDown],
        .top: [.character("g"), .home],
        .bottom: [.character("G"), .end],
        .open: [.enter],
        .back: [.escape, .backspace],
        .filter: [.character("/")],
        .commandLine: [.character(":")],
        .help: [.character("?"), .function(1)],
        .refresh: [.character("r")],
        .showLeft: [.character("l")],
        .invite: [.character("i")],
        .phone: [.character("p")],
        .recording: [.character("R")],
        .endMeeting: [.character("E")],
        .dialIn: [.character("d")],
        .keep: [.character("K")],
        .quit: [.character("q")],
    ])

    /// The defaults with the config file's `[keys]` overrides applied: action name to one or
    /// more space-separated key specs (`down = "j down"`). Overrides that name an unknown
    /// action or key, or claim Ctrl-A, Ctrl-B, Ctrl-S or Ctrl-Q, are skipped and described in `problems`.
    static func applying(overrides: [String: String]) -> (keymap: Keymap, problems: [String]) {
        var keymap = Keymap.defaults
        var problems: [String] = []
        for (name, specs) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let action = KeyAction(rawValue: name) else {
                problems.append("[keys] \(name): no such action")
                continue
            }
            var keys: [KeyPress] = []
            for spec in specs.split(whereSeparator: \.isWhitespace).map(String.init) {
                guard let key = KeyPress(spec: spec) else {
                    problems.append("[keys] \(name): unknown key \"\(spec)\"")
                    continue
                }
                guard !key.isReservedByMultiplexers else {
                    problems.append("[keys] \(name): \(key) is left to tmux/screen and flow control")
                    continue
                }
                keys.append(key)
            }
            if !keys.isEmpty { keymap.bindings[action] = keys }
        }
        return (keymap, problems)
    }

    /// The action a key asks for on a screen, or `nil` when the key means nothing there.
    /// In read-only mode actions that change a meeting are not bound at all.
    func action(for key: KeyPress, on screen: Screen, readOnly: Bool) -> KeyAction? {
        KeyAction.allCases.first { action in
            action.screens.contains(screen) && !(readOnly && action.changesMeeting)
                && (bindings[action] ?? []).contains(key)
        }
    }

    /// The actions of a screen with their keys, in help order. Keys that another action of the
    /// same screen claims first are left out, so the list matches what dispatch does.
    func entries(on screen: Screen, readOnly: Bool) -> [(action: KeyAction, keys: [KeyPress])] {
        KeyAction.allCases.compactMap { action in
            guard action.screens.contains(screen), !(readOnly && action.changesMeeting) else { return nil }
            let keys = (bindings[action] ?? []).filter {
                self.action(for: $0, on: screen, readOnly: readOnly) == action
            }
            return keys.isEmpty ? nil : (action, keys)
        }
    }

    /// The first key of an action on a screen, for prompts such as "press ? for help".
    func primaryKey(_ action: KeyAction, on screen: Screen, readOnly: Bool) -> KeyPress? {
        entries(on: screen, readOnly: readOnly).first { $0.action == action }?.keys.first
    }
}
