import FoundationEssentials
import Glibc

/// The locale the console draws its characters in, decided once when it starts.
///
/// Over SSH the client's `LANG` often names a locale the server never generated (`en_US.UTF-8`
/// from a laptop on a minimal Debian server). `setlocale` then leaves the process in "C" and
/// ncurses draws every letter beyond ASCII as "?", although the terminal shows UTF-8 fine. The rule:
/// - an installed UTF-8 locale is used as it is;
/// - a locale whose character set is not UTF-8 (`de_DE.ISO-8859-1`, installed or not) is respected:
///   the console draws in ASCII;
/// - a locale that is missing, or C/POSIX (or none set), gets `C.UTF-8` for its characters (glibc
///   has it built in), unless it names no character set and `TERM` is a terminal without UTF-8:
///   `dumb` or a hardware `vt…` type (vt100, vt220), which then get ASCII. A missing locale that
///   names UTF-8 (`en_US.UTF-8`) says the terminal is UTF-8, whatever `TERM` says.
public struct ConsoleLocale: Sendable, Equatable {
    /// The variable that chooses the locale for characters, and the locale it names.
    public struct Request: Sendable, Equatable {
        /// `LC_ALL`, `LC_CTYPE` or `LANG`: the first one set, as the C library reads them; `nil` when none is.
        public let variable: String?
        /// The locale it names (empty when none is set).
        public let value: String

        /// The request in an environment.
        public init(_ environment: [String: String]) {
            let variable = ["LC_ALL", "LC_CTYPE", "LANG"].first { !(environment[$0] ?? "").isEmpty }
            self.variable = variable
            value = variable.flatMap { environment[$0] } ?? ""
        }

        /// Whether the request is the plain C locale, which knows only ASCII.
        var isPlainC: Bool { ["", "C", "POSIX"].contains(value) }

        /// The character set the name spells out (`en_US.UTF-8` → `UTF-8`; macOS sends plain
        /// `UTF-8` as `LC_CTYPE`), or `nil` when it names none.
        var charset: String? {
            if ConsoleLocale.isUTF8(value) { return value }
            guard let dot = value.firstIndex(of: ".") else { return nil }
            let charset = value[value.index(after: dot)...].prefix { $0 != "@" }
            return charset.isEmpty ? nil : String(charset)
        }

        /// The locale and where it comes from, for messages: "en_US.UTF-8 (from LANG)".
        var description: String {
            variable.map { "\(value) (from \($0))" } ?? "the default locale C (LANG, LC_CTYPE and LC_ALL are not set)"
        }
    }

    /// Why the console uses `C.UTF-8` instead of the requested locale.
    public enum Fallback: Sendable, Equatable {
        /// The requested locale is not installed on this machine.
        case notInstalled
        /// The requested locale is C or POSIX, or none is set.
        case plainC
    }

    /// Why the console draws in ASCII.
    public enum ASCIIReason: Sendable, Equatable {
        /// The locale's character set, which is not UTF-8.
        case charset(String)
        /// The `TERM` of a terminal without UTF-8.
        case terminal(String)
        /// The requested locale is missing or C, and `C.UTF-8` is not available either.
        case noUTF8Locale
    }

    /// What the console does with the request.
    public enum Choice: Sendable, Equatable {
        /// An installed UTF-8 locale, used as it is.
        case requested
        /// `C.UTF-8` for the characters.
        case utf8Fallback(Fallback)
        /// The requested locale, drawn in ASCII.
        case ascii(ASCIIReason)
    }

    /// The locale the console falls back to.
    public static let utf8Fallback = "C.UTF-8"

    /// What the environment asks for.
    public let request: Request
    /// What the console does with it.
    public let choice: Choice

    /// The locale for the process's environment and this machine's installed locales.
    public static func current(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ConsoleLocale {
        decide(environment: environment, codeset: installedCodeset)
    }

    /// The decision, given the environment and `codeset`, which tells the character set of an
    /// installed locale and `nil` for one that is not installed.
    static func decide(environment: [String: String], codeset: (String) -> String?) -> ConsoleLocale {
        let request = Request(environment)
        if !request.isPlainC, let installed = codeset(request.value) {
            return ConsoleLocale(request: request, choice: isUTF8(installed) ? .requested : .ascii(.charset(installed)))
        }
        if let charset = request.charset, !isUTF8(charset) {
            return ConsoleLocale(request: request, choice: .ascii(.charset(charset)))
        }
        if request.charset == nil, let term = environment["TERM"], term == "dumb" || term.hasPrefix("vt") {
            return ConsoleLocale(request: request, choice: .ascii(.terminal(term)))
        }
        guard codeset(utf8Fallback).map(isUTF8) == true else {
            return ConsoleLocale(request: request, choice: .ascii(.noUTF8Locale))
        }
        return ConsoleLocale(request: request, choice: .utf8Fallback(request.isPlainC ? .plainC : .notInstalled))
    }

    /// The locale the console's characters are in: the requested one, or `C.UTF-8`.
    public var name: String {
        if case .utf8Fallback = choice { return Self.utf8Fallback }
        return request.value.isEmpty ? "C" : request.value
    }

    /// Whether the console draws Unicode (a UTF-8 locale) rather than ASCII.
    public var unicode: Bool {
        switch choice {
        case .requested, .utf8Fallback: return true
        case .ascii: return false
        }
    }

    /// Which locale is in use and, when it is not the requested one as it is, why: `doctor` prints it.
    public var summary: String {
        let requested = request.description
        switch choice {
        case .requested: return "\(requested), UTF-8"
        case .utf8Fallback(.notInstalled): return "\(requested) is not installed here; using C.UTF-8 for the console"
        case .utf8Fallback(.plainC): return "\(requested) knows only ASCII; using C.UTF-8 for the console"
        case .ascii(.charset(let charset)): return "\(requested) is \(charset), not UTF-8; the console draws in ASCII"
        case .ascii(.terminal(let term)):
            return "\(requested) with TERM=\(term), a terminal without UTF-8; the console draws in ASCII"
        case .ascii(.noUTF8Locale):
            let problem = request.isPlainC ? "knows only ASCII" : "is not installed here"
            return "\(requested) \(problem), and neither is C.UTF-8; the console draws in ASCII"
        }
    }

    /// What the console notes in its log when it starts: the fallback, or names it cannot draw; `nil` when all is as asked.
    var logNote: String? {
        switch choice {
        case .utf8Fallback, .ascii(.noUTF8Locale): return "Locale: " + summary
        case .requested, .ascii(.charset), .ascii(.terminal): return nil
        }
    }

    /// Sets the process's locale: the environment's, with the chosen locale for the characters
    /// (set on its own, because `setlocale(LC_ALL, "")` changes nothing when any category's
    /// locale is missing). Returns whether the characters are now UTF-8, which is what ncurses draws with.
    func apply() -> Bool {
        setlocale(LC_ALL, "")
        switch choice {
        case .requested: setlocale(LC_CTYPE, request.value)
        case .utf8Fallback: setlocale(LC_CTYPE, Self.utf8Fallback)
        case .ascii: break
        }
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return Self.isUTF8(String(cString: codeset))
    }

    /// The character set of an installed locale, `nil` when the locale is not installed. The
    /// process's own locale is left alone.
    static func installedCodeset(_ name: String) -> String? {
        guard let locale = newlocale(LC_CTYPE_MASK, name, nil) else { return nil }
        defer { freelocale(locale) }
        return nl_langinfo_l(nl_item(CODESET), locale).map { String(cString: $0) }
    }

    /// Whether a character-set name means UTF-8 (`UTF-8`, `utf8`).
    static func isUTF8(_ charset: String) -> Bool {
        charset.lowercased().filter({ $0 != "-" }) == "utf8"
    }
}
