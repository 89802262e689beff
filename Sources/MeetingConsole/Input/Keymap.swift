/// The one table that maps keys to commands. The reducer dispatches with it, and the help
/// screen and key bar are drawn from it, so what is shown is what works.
struct Keymap: Sendable, Equatable {
    /// The keys of each command, in the order the help screen lists them.
    private(set) var bindings: [Command: [KeyPress]]

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

    init(bindings: [Command: [KeyPress]]) {
        self.bindings = bindings
    }

    /// The defaults with the config file's `[keys]` overrides applied: command name to one or
    /// more space-separated key specs (`down = "j down"`). Overrides that name an unknown
    /// command or key, or claim Ctrl-A, Ctrl-B, Ctrl-S or Ctrl-Q, are skipped and described in `problems`.
    static func applying(overrides: [String: String]) -> (keymap: Keymap, problems: [String]) {
        var keymap = Keymap.defaults
        var problems: [String] = []
        for (name, specs) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let command = Command(rawValue: name) else {
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
            if !keys.isEmpty { keymap.bindings[command] = keys }
        }
        return (keymap, problems)
    }

    /// The command a key asks for on a screen, or `nil` when the key means nothing there.
    /// In read-only mode commands that change a meeting are not bound at all.
    func command(for key: KeyPress, on screen: Screen, readOnly: Bool) -> Command? {
        Command.allCases.first { command in
            command.screens.contains(screen) && !(readOnly && command.changesMeeting)
                && (bindings[command] ?? []).contains(key)
        }
    }

    /// The commands of a screen with their keys, in help order. Keys that another command of the
    /// same screen claims first are left out, so the list matches what dispatch does.
    func entries(on screen: Screen, readOnly: Bool) -> [(command: Command, keys: [KeyPress])] {
        Command.allCases.compactMap { command in
            guard command.screens.contains(screen), !(readOnly && command.changesMeeting) else { return nil }
            let keys = (bindings[command] ?? []).filter { self.command(for: $0, on: screen, readOnly: readOnly) == command }
            return keys.isEmpty ? nil : (command, keys)
        }
    }

    /// The first key of a command on a screen, for prompts such as "press ? for help".
    func primaryKey(_ command: Command, on screen: Screen, readOnly: Bool) -> KeyPress? {
        entries(on: screen, readOnly: readOnly).first { $0.command == command }?.keys.first
    }
}
