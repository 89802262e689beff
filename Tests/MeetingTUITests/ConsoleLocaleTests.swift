import XCTest

@testable import MeetingConsole

/// The console's locale decision, on a machine with only C, POSIX and C.UTF-8 installed
/// (a minimal Debian server), plus the locales a test adds.
final class ConsoleLocaleTests: XCTestCase {
    /// The decision for `environment` where `installed` maps the installed locales to their character sets.
    private func decide(_ environment: [String: String], installed: [String: String] = [:]) -> ConsoleLocale {
        let machine = ["C": "ANSI_X3.4-1968", "POSIX": "ANSI_X3.4-1968", "C.UTF-8": "UTF-8"].merging(installed) { $1 }
        return ConsoleLocale.decide(environment: environment) { machine[$0] }
    }

    func testMissingUTF8LocaleFromSSHFallsBackToCUTF8() {
        let locale = decide(["LANG": "en_US.UTF-8", "TERM": "xterm-256color"])
        XCTAssertEqual(locale.choice, .utf8Fallback(.notInstalled))
        XCTAssertEqual(locale.name, "C.UTF-8")
        XCTAssertTrue(locale.unicode)
        XCTAssertEqual(locale.summary, "en_US.UTF-8 (from LANG) is not installed here; using C.UTF-8 for the console")
        XCTAssertEqual(
            locale.logNote, "Locale: en_US.UTF-8 (from LANG) is not installed here; using C.UTF-8 for the console")
    }

    func testAMissingUTF8LocaleMeansUTF8WhateverTERMSays() {
        XCTAssertEqual(decide(["LANG": "en_US.UTF-8", "TERM": "vt100"]).choice, .utf8Fallback(.notInstalled))
        let macOS = decide(["LC_CTYPE": "UTF-8", "LANG": "C.UTF-8", "TERM": "vt100"])
        XCTAssertEqual(
            macOS.choice, .utf8Fallback(.notInstalled), "macOS's LC_CTYPE=UTF-8 names UTF-8 and nothing else")
        XCTAssertEqual(macOS.summary, "UTF-8 (from LC_CTYPE) is not installed here; using C.UTF-8 for the console")
    }

    func testInstalledUTF8LocaleIsUsedAsItIs() {
        let locale = decide(["LANG": "de_DE.utf8", "TERM": "vt220"], installed: ["de_DE.utf8": "UTF-8"])
        XCTAssertEqual(locale.choice, .requested)
        XCTAssertEqual(locale.name, "de_DE.utf8")
        XCTAssertTrue(locale.unicode)
        XCTAssertNil(locale.logNote, "nothing to note when the locale is used as asked")
        XCTAssertEqual(locale.summary, "de_DE.utf8 (from LANG), UTF-8")
        XCTAssertEqual(decide(["LANG": "C.UTF-8"]).choice, .requested)
    }

    func testPlainCAndNoLocaleAtAllFallBack() {
        let unset = decide(["TERM": "xterm-256color", "LANG": "", "LC_ALL": ""])
        XCTAssertEqual(unset.choice, .utf8Fallback(.plainC))
        XCTAssertNil(unset.request.variable, "an empty variable counts as unset, as in the C library")
        XCTAssertEqual(
            unset.summary,
            "the default locale C (LANG, LC_CTYPE and LC_ALL are not set) knows only ASCII; using C.UTF-8 for the console"
        )
        for name in ["C", "POSIX"] {
            let locale = decide(["LC_ALL": name, "TERM": "screen"])
            XCTAssertEqual(locale.choice, .utf8Fallback(.plainC), name)
            XCTAssertEqual(locale.summary, "\(name) (from LC_ALL) knows only ASCII; using C.UTF-8 for the console")
        }
    }

    func testVariablesAreReadInTheCLibrarysOrder() {
        let all = decide(["LC_ALL": "xx_XX.UTF-8", "LC_CTYPE": "de_DE.ISO-8859-1", "LANG": "C"])
        XCTAssertEqual(all.request, ConsoleLocale.Request(["LC_ALL": "xx_XX.UTF-8"]))
        XCTAssertEqual(all.request.variable, "LC_ALL")
        let ctype = decide(["LC_CTYPE": "de_DE.ISO-8859-1", "LANG": "en_US.UTF-8"])
        XCTAssertEqual(ctype.request.variable, "LC_CTYPE")
        XCTAssertEqual(ctype.choice, .ascii(.charset("ISO-8859-1")))
    }

    func testANonUTF8CharsetIsRespectedInstalledOrNot() {
        let missing = decide(["LANG": "en_US.ISO-8859-1@euro", "TERM": "xterm"])
        XCTAssertEqual(missing.choice, .ascii(.charset("ISO-8859-1")))
        XCTAssertFalse(missing.unicode)
        XCTAssertEqual(missing.name, "en_US.ISO-8859-1@euro")
        XCTAssertNil(missing.logNote, "the operator asked for it")
        XCTAssertEqual(
            missing.summary, "en_US.ISO-8859-1@euro (from LANG) is ISO-8859-1, not UTF-8; the console draws in ASCII")
        let installed = decide(["LANG": "de_DE"], installed: ["de_DE": "ISO-8859-1"])
        XCTAssertEqual(
            installed.choice, .ascii(.charset("ISO-8859-1")), "an installed Latin-1 locale names no charset but has one"
        )
    }

    func testATerminalWithoutUTF8KeepsASCIIWhenNothingNamesUTF8() {
        for term in ["vt100", "vt220", "dumb"] {
            XCTAssertEqual(decide(["LANG": "C", "TERM": term]).choice, .ascii(.terminal(term)), term)
            XCTAssertEqual(decide(["LANG": "en_US", "TERM": term]).choice, .ascii(.terminal(term)), term)
        }
        XCTAssertEqual(
            decide(["LANG": "C", "TERM": "vt100"]).summary,
            "C (from LANG) with TERM=vt100, a terminal without UTF-8; the console draws in ASCII")
        for term in ["xterm-256color", "screen-256color", "tmux-256color", "linux"] {
            XCTAssertEqual(decide(["LANG": "en_US", "TERM": term]).choice, .utf8Fallback(.notInstalled), term)
        }
    }

    func testWithoutCUTF8TheConsoleDrawsASCIIAndSaysWhy() {
        let locale = ConsoleLocale.decide(environment: ["LANG": "en_US.UTF-8"]) { $0 == "C" ? "ANSI_X3.4-1968" : nil }
        XCTAssertEqual(locale.choice, .ascii(.noUTF8Locale))
        XCTAssertFalse(locale.unicode)
        XCTAssertEqual(
            locale.logNote,
            "Locale: en_US.UTF-8 (from LANG) is not installed here, and neither is C.UTF-8; the console draws in ASCII")
    }

    /// The real probe: this machine's C library knows C.UTF-8 (built into glibc 2.35 and later)
    /// and not a made-up locale.
    func testTheProbeAsksTheCLibrary() {
        XCTAssertEqual(ConsoleLocale.installedCodeset("C.UTF-8").map(ConsoleLocale.isUTF8), true)
        XCTAssertNil(ConsoleLocale.installedCodeset("xx_XX.UTF-8"))
    }
}
