import FoundationEssentials
import Glibc
import MeetingConsole
import MeetingKit

/// Writing to standard output and standard error, and asking on the terminal: the one place the
/// plain commands write text, so no control character from Zoom or anyone else reaches the terminal.
///
/// Every line passes `TerminalText.escapedKeepingLineFeeds`: escape sequences, CR, C1, bidi and
/// zero-width controls are shown as `\u{..}` escapes; only the line feeds between our lines stay.
/// A value that could hold a line feed of its own (a name, a reason) is escaped where it is put
/// into a line (`column`, `value`), so it cannot add a line either.
enum Output {
    /// Prints a line on standard output (ended by `terminator`, which is ours and written as it is).
    static func line(_ text: String, terminator: String = "\n") {
        write(TerminalText.escapedKeepingLineFeeds(text) + terminator, to: STDOUT_FILENO)
    }

    /// Prints a line on standard error.
    static func error(_ text: String) {
        write(TerminalText.escapedKeepingLineFeeds(text) + "\n", to: STDERR_FILENO)
    }

    /// Prints a value as one pretty-printed JSON document on standard output. Besides the C0
    /// controls JSON always escapes, DEL, C1, bidi and zero-width controls and U+2028/2029 are
    /// written as `\uXXXX`, so the document is safe to `cat` and decodes to the same values.
    /// With `oneLine`, the document is written on a single line (one document per line, as
    /// `invite` prints one per room). Keys are the values' property names in snake case
    /// (`callType` → `call_type`, `sipURI` → `sip_uri`), as Zoom writes its own.
    static func json<Value: Encodable>(_ value: Value, oneLine: Bool = false) throws {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting =
            oneLine ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let document = String(decoding: try encoder.encode(value), as: UTF8.self)
        write(TerminalText.jsonEscapingControls(document) + "\n", to: STDOUT_FILENO)
    }

    /// One value (a name, an address, a sentence with Zoom's words in it) for a line: every
    /// control escaped, line feeds included.
    static func value(_ text: String) -> String {
        TerminalText.escaped(text)
    }

    /// Whether standard input, output or error is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Asks a question on the terminal and returns the answer, or `nil` at end of input.
    static func ask(_ question: String) -> String? {
        write(TerminalText.escaped(question), to: STDERR_FILENO)
        return readLine(strippingNewline: true)
    }

    /// Reads a secret from standard input: without echo on a terminal (restored however the
    /// prompt ends, Ctrl-C included), the first line otherwise.
    static func readSecret(prompt: String) -> String? {
        guard isTerminal(STDIN_FILENO) else { return readLine(strippingNewline: true) }
        write(TerminalText.escaped(prompt), to: STDERR_FILENO)
        defer { write("\n", to: STDERR_FILENO) }
        return HiddenInput.readLine()
    }

    /// Redraws the progress line on standard error: back to the start of the line, clear it, `text`.
    static func progress(_ text: String) {
        write("\r\u{1B}[K" + TerminalText.escaped(text), to: STDERR_FILENO)
    }

    /// Pads or cuts `text` to `width` terminal cells for plain tables (wide CJK characters and
    /// emoji count two, combining marks none), so columns line up whatever the names; controls
    /// in it are escaped first, so a cell can never add a row.
    static func column(_ text: String, _ width: Int) -> String {
        DisplayWidth.pad(TerminalText.escaped(text), to: width)
    }

    /// Writes all of `text` to the descriptor, resuming after a signal or a partial write; once
    /// the descriptor fails (a closed pipe), the rest is dropped.
    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// `print` in the plain commands: Swift's `print`, but through `Output.line`, so a command cannot
/// write a control character by forgetting to call the sanitiser. Each item is written as
/// `description` shows it, separated by `separator` and ended by `terminator`.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Output.line(items.map { "\($0)" }.joined(separator: separator), terminator: terminator)
}
