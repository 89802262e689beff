import Foundation
import MeetingConsole

/// Writing to standard output and standard error, and asking on the terminal.
enum Output {
    /// Prints a line on standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a value as one pretty-printed JSON document on standard output.
    static func json<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Whether standard input, output or error is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Asks a question on the terminal and returns the answer, or `nil` at end of input.
    static func ask(_ question: String) -> String? {
        FileHandle.standardError.write(Data(question.utf8))
        return readLine(strippingNewline: true)
    }

    /// Reads a secret from standard input: without echo on a terminal, the first line otherwise.
    static func readSecret(prompt: String) -> String? {
        guard isTerminal(STDIN_FILENO) else { return readLine(strippingNewline: true) }
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }

    /// Pads or cuts `text` to `width` terminal cells for plain tables (wide CJK characters and
    /// emoji count two, combining marks none), so columns line up whatever the names.
    static func column(_ text: String, _ width: Int) -> String {
        DisplayWidth.pad(text, to: width)
    }
}
