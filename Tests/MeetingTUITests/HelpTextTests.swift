import XCTest

/// Every subcommand's `--help`, pinned word for word as swift-argument-parser pins its own help
/// texts (`AssertHelp`): a changed option, default, abstract or exit status shows up here as a
/// failing test, so the text operators read changes only on purpose. The real binary prints
/// them, 80 columns wide.
final class HelpTextTests: XCTestCase {
    /// Runs `meeting-tui ARGUMENTS --help` and compares its whole output with `expected`.
    private func assertHelp(
        _ arguments: [String], _ expected: String, file: StaticString = #filePath, line: UInt = #line
    ) async throws {
        var harness = try await CommandLineHarness.start(app: nil, for: self)
        harness.environment["COLUMNS"] = "80"
        let run = try harness.run(arguments + ["--help"])
        XCTAssertEqual(run.status, 0, run.stderr, file: file, line: line)
        let actual = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let wanted = (expected + "\n").split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = actual.indices.first { $0 >= wanted.count || actual[$0] != wanted[$0] } ?? actual.count
        XCTAssertEqual(
            run.stdout, expected + "\n",
            "first difference on line \(firstDifference + 1): \(actual.dropFirst(firstDifference).first ?? "(none)")",
            file: file, line: line)
    }

    func testRootHelp() async throws {
        try await assertHelp(
            [],
            #"""
            OVERVIEW: Run live Zoom meetings from a terminal and bring SIP/H.323 room
            systems in, verified.

            With no subcommand, opens the full-screen console. Exit statuses: 0 done, 64
            usage, 65 invalid address or meeting ID (nothing sent), 69 Zoom unreachable or
            failing, 75 accepted but not confirmed, 77 not permitted (missing scope, not
            host), 78 credentials or configuration missing or rejected.

            USAGE: meeting-tui [--demo] [--user <user>] [--read-only] <subcommand>

            OPTIONS:
              --demo                  Run against the built-in Zoom simulator instead of
                                      Zoom (no account needed).
              --user <user>           The account user (email or user ID) whose meetings to
                                      list: a Server-to-Server app has no user of its own.
                    Wins over ZOOM_USER and `user` under [zoom] in config.toml.
              --read-only             Hide and refuse every action that changes a meeting.
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              meetings                List live meetings (account-wide with the Dashboard
                                      scope, else your own).
              participants            List the participants of a live meeting (needs the
                                      Dashboard scope).
              invite                  Call a room system into a meeting and verify that it
                                      joined.
              dialin                  Get the SIP address a room system dials to join a
                                      meeting by itself.
              call                    Call a phone number into a meeting.
              record                  Start, stop, pause or resume the cloud recording.
              end                     End a meeting for everyone (asks first on a terminal;
                                      --yes otherwise).
              rooms                   List, add or remove saved room systems.
              login                   Sign in to Zoom: user OAuth in a browser (default),
                                      the device grant, a pasted token, or check
                                      Server-to-Server credentials.
              logout                  Revoke the stored tokens at Zoom and delete them.
              doctor                  Check the credentials (source, validity, app type,
                                      expiry, scopes, each feature with its fix) and the
                                      console's locale.

              See 'meeting-tui help <subcommand>' for detailed help.
            """#)
    }

    func testMeetingsHelp() async throws {
        try await assertHelp(
            ["meetings"],
            #"""
            OVERVIEW: List live meetings (account-wide with the Dashboard scope, else your
            own).

            USAGE: meeting-tui meetings [--demo] [--user <user>] [--json]

            OPTIONS:
              --demo                  Run against the built-in Zoom simulator instead of
                                      Zoom (no account needed).
              --user <user>           The account user (email or user ID) whose meetings to
                                      list: a Server-to-Server app has no user of its own.
                    Wins over ZOOM_USER and `user` under [zoom] in config.toml.
              --json                  Print one JSON document.
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testParticipantsHelp() async throws {
        try await assertHelp(
            ["participants"],
            #"""
            OVERVIEW: List the participants of a live meeting (needs the Dashboard scope).

            USAGE: meeting-tui participants [--demo] [--user <user>] <meeting> [--include-left] [--json]

            ARGUMENTS:
              <meeting>               The meeting ID (857 4606 5432, 857-4606-5432) or UUID.

            OPTIONS:
              --demo                  Run against the built-in Zoom simulator instead of
                                      Zoom (no account needed).
              --user <user>           The account user (email or user ID) whose meetings to
                                      list: a Server-to-Server app has no user of its own.
                    Wins over ZOOM_USER and `user` under [zoom] in config.toml.
              --include-left          Also list people who already left.
              --json                  Print one JSON document.
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testInviteHelp() async throws {
        try await assertHelp(
            ["invite"],
            #"""
            OVERVIEW: Call a room system into a meeting and verify that it joined.

            Checks the address and the token's scopes before sending, sends the call-out
            once, then watches the live participants until a room system appears: a
            participant on a laptop or phone that carries the room's name is reported as
            such, never as the room. Exit 0 only when it joined (or with --no-verify when
            Zoom accepted); 75 when accepted but not confirmed, or when the meeting did not
            start within --wait (--when-live: nothing is sent before it starts); 77 when
            refused; 65 for a bad address, meeting ID, name or header (nothing sent). A SIP
            host must be a full domain or an IP address; names are at most 64 characters,
            --from-uri at most 256 bytes, at most 10 headers with names of at most 32 bytes
            and values of at most 256.

            Several rooms in one go: repeat --sip, --h323 and --room. Each room is called
            once (a room listed twice is refused, nothing sent), the call-outs spaced
            within Zoom's rate label, and each is verified on its own; one line (or with
            --json one JSON document) per room. Exit 0 only when every room joined,
            otherwise the worst room's status.

            --keep watches the rooms after they joined and calls a room again when it is
            seen to have left while the meeting is live (also when someone hung up on it),
            at most --redials times per room, waiting 10 s, 20 s, 40 s...; it ends by
            itself when the meeting ends (exit 0) or a room's redials are used up (that
            room's status).

            USAGE: meeting-tui invite [<options>] <meeting>

            ARGUMENTS:
              <meeting>               The meeting ID (857 4606 5432, 857-4606-5432) or UUID.

            OPTIONS:
              --demo                  Run against the built-in Zoom simulator instead of
                                      Zoom (no account needed).
              --user <user>           The account user (email or user ID) whose meetings to
                                      list: a Server-to-Server app has no user of its own.
                    Wins over ZOOM_USER and `user` under [zoom] in config.toml.
              --sip <sip>             A room system's SIP URI (sip:room@host; a bare
                                      room@host or IP address gets sip:); repeatable.
              --h323 <h323>           A room system's H.323 address: IP, host, E.164
                                      number, alias@host or address##extension; repeatable.
              --room <room>           A saved room's name (see `meeting-tui rooms list`);
                                      repeatable.
              --name <name>           The name the room system gets in the meeting (one
                                      room only; saved rooms carry their own).
              --from-name <from-name> The caller name the room system shows.
              --from-uri <from-uri>   SIP only: the caller URI (sip: or sips:).
              --header <header>       SIP only: a custom header X-Key=value (up to 10).
              --timeout <timeout>     Seconds to wait for the room system to join.
                                      (default: 60.0)
              --no-verify             Do not watch the participants after Zoom accepts.
              --force                 Send even when the token's scopes say the call-out
                                      cannot work, or the room is already in.
              --json                  Print one JSON document per room, one per line.
              --keep                  Keep the rooms connected: call a room again when it
                                      is seen to have left, until the meeting ends.
              --redials <redials>     With --keep: the most redials per room, 0 to 10
                                      (default 3).
              --when-live             Wait for the meeting to start (nothing is sent before
                                      it does), then call and verify.
              --wait <wait>           With --when-live: how long to wait, as 90s, 30m or 2h
                                      (default 2h); exit 75 when it does not start.
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testDialinHelp() async throws {
        try await assertHelp(
            ["dialin"],
            #"""
            OVERVIEW: Get the SIP address a room system dials to join a meeting by itself.

            For when the app may not call rooms out (a user-managed app cannot hold the
            admin scope a call-out needs): asks Zoom (POST /meetings/{id}/sip_dialing,
            scope meeting:write:sip_dialing) for the address and prints it with how long it
            is valid. The meeting need not have started. Exit 0 with the address; 65 for a
            bad meeting ID or passcode, or a meeting Zoom does not know; 77 when the token
            lacks the scope.

            USAGE: meeting-tui dialin [--demo] [--user <user>] <meeting> [--passcode <passcode>] [--json]

            ARGUMENTS:
              <meeting>               The meeting ID (857 4606 5432, 857-4606-5432) or UUID.

            OPTIONS:
              --demo                  Run against the built-in Zoom simulator instead of
                                      Zoom (no account needed).
              --user <user>           The account user (email or user ID) whose meetings to
                                      list: a Server-to-Server app has no user of its own.
                    Wins over ZOOM_USER and `user` under [zoom] in config.toml.
              --passcode <passcode>   The meeting's passcode, built into the address so
                                      that the room is not asked for it.
              --json                  Print one JSON document.
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testCallHelp() async throws {
        try await assertHelp(
            ["call"],
            #"""
            OVERVIEW: Call a phone number into a meeting.

            Zoom greets the callee and asks them to press 1 before connecting them, which
            keeps voicemail out of the meeting; --no-greeting and --no-press-one turn that
            off. An extension follows a hyphen (+1 603 233 1333-156) or x/ext (+1 603 233
            1333 x156) and is dialled after the call is answered. Exit 65 for a bad number
            or name (nothing sent).

            USAGE: meeting-tui call [--demo] [--user <user>] <meeting> --phone <phone> [--name <name>] [--greeting] [--no-greeting] [--press-one] [--no-press-one]

            ARGUMENTS:
              <meeting>               The meeting ID or UUID.

            OPTIONS:
              --demo                  Run against the built-in Zoom simulator instead of
                                      Zoom (no account needed).
              --user <user>           The account user (email or user ID) whose meetings to
                                      list: a Server-to-Server app has no user of its own.
                    Wins over ZOOM_USER and `user` under [zoom] in config.toml.
              --phone <phone>         The number with its country code, like +1 415 555
                                      0100, and an extension after a hyphen: +1 603 233
                                      1333-156.
              --name <name>           The name the caller gets in the meeting (at most 64
                                      characters).
              --greeting/--no-greeting
                                      Zoom greets the callee when the call is answered (the
                                      default, as at Zoom). (default: --greeting)
              --press-one/--no-press-one
                                      The callee must press 1 to join (the default, as at
                                      Zoom): keeps voicemail out. (default: --press-one)
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testRecordHelp() async throws {
        try await assertHelp(
            ["record"],
            #"""
            OVERVIEW: Start, stop, pause or resume the cloud recording.

            USAGE: meeting-tui record [--demo] [--user <user>] <meeting> <action>

            ARGUMENTS:
              <meeting>               The meeting ID or UUID.
              <action>                start, stop, pause or resume. (values: start, stop,
                                      pause, resume)

            OPTIONS:
              --demo                  Run against the built-in Zoom simulator instead of
                                      Zoom (no account needed).
              --user <user>           The account user (email or user ID) whose meetings to
                                      list: a Server-to-Server app has no user of its own.
                    Wins over ZOOM_USER and `user` under [zoom] in config.toml.
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testEndHelp() async throws {
        try await assertHelp(
            ["end"],
            #"""
            OVERVIEW: End a meeting for everyone (asks first on a terminal; --yes
            otherwise).

            USAGE: meeting-tui end [--demo] [--user <user>] <meeting> [--yes]

            ARGUMENTS:
              <meeting>               The meeting ID or UUID.

            OPTIONS:
              --demo                  Run against the built-in Zoom simulator instead of
                                      Zoom (no account needed).
              --user <user>           The account user (email or user ID) whose meetings to
                                      list: a Server-to-Server app has no user of its own.
                    Wins over ZOOM_USER and `user` under [zoom] in config.toml.
              --yes                   Do not ask for confirmation (needed when not on a
                                      terminal).
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testRoomsHelp() async throws {
        try await assertHelp(
            ["rooms"],
            #"""
            OVERVIEW: List, add or remove saved room systems.

            USAGE: meeting-tui rooms <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              list (default)          List the saved room systems.
              add                     Save a room system.
              remove                  Remove a saved room system.

              See 'meeting-tui help rooms <subcommand>' for detailed help.
            """#)
    }

    func testRoomsListHelp() async throws {
        try await assertHelp(
            ["rooms", "list"],
            #"""
            OVERVIEW: List the saved room systems.

            USAGE: meeting-tui rooms list [--json]

            OPTIONS:
              --json                  Print one JSON document.
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testRoomsAddHelp() async throws {
        try await assertHelp(
            ["rooms", "add"],
            #"""
            OVERVIEW: Save a room system.

            USAGE: meeting-tui rooms add <name> [--sip <sip>] [--h323 <h323>] [--display-name <display-name>] [--key <key>]

            ARGUMENTS:
              <name>                  The room's name, used by --room and shown in the
                                      console.

            OPTIONS:
              --sip <sip>             The room's SIP URI.
              --h323 <h323>           The room's H.323 address.
              --display-name <display-name>
                                      The name the room gets in meetings.
              --key <key>             A quick key 1-9 that calls this room from the console.
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testRoomsRemoveHelp() async throws {
        try await assertHelp(
            ["rooms", "remove"],
            #"""
            OVERVIEW: Remove a saved room system.

            USAGE: meeting-tui rooms remove <name>

            ARGUMENTS:
              <name>                  The room's name.

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testLoginHelp() async throws {
        try await assertHelp(
            ["login"],
            #"""
            OVERVIEW: Sign in to Zoom: user OAuth in a browser (default), the device grant,
            a pasted token, or check Server-to-Server credentials.

            --token reads the token from standard input (hidden on a terminal). --s2s
            checks the Server-to-Server app given by ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and
            ZOOM_CLIENT_SECRET (or [zoom] in the config file) and caches a token; it asks
            for the secret when none is configured. --oauth and --device sign in with a
            user OAuth app whose client id comes from --client-id or ZOOM_CLIENT_ID; a
            confidential app's secret from ZOOM_CLIENT_SECRET.

            USAGE: meeting-tui login [--oauth] [--device] [--token] [--s2s] [--client-id <client-id>] [--timeout <timeout>]

            OPTIONS:
              --oauth/--device/--token/--s2s
                                      How to sign in. (default: --oauth)
              --client-id <client-id> The user OAuth app's client id (else ZOOM_CLIENT_ID
                                      or the config file).
              --timeout <timeout>     Seconds to wait for the browser or the device
                                      approval. (default: 300.0)
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testLogoutHelp() async throws {
        try await assertHelp(
            ["logout"],
            #"""
            OVERVIEW: Revoke the stored tokens at Zoom and delete them.

            The tokens are deleted even when Zoom cannot be reached; the exit status is
            then 69.

            USAGE: meeting-tui logout

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }

    func testDoctorHelp() async throws {
        try await assertHelp(
            ["doctor"],
            #"""
            OVERVIEW: Check the credentials (source, validity, app type, expiry, scopes,
            each feature with its fix) and the console's locale.

            Exits 77 when room-system call-outs cannot work, 78 when the credentials do not
            work at all.

            USAGE: meeting-tui doctor [--demo] [--user <user>] [--json]

            OPTIONS:
              --demo                  Run against the built-in Zoom simulator instead of
                                      Zoom (no account needed).
              --user <user>           The account user (email or user ID) whose meetings to
                                      list: a Server-to-Server app has no user of its own.
                    Wins over ZOOM_USER and `user` under [zoom] in config.toml.
              --json                  Print one JSON document.
              --version               Show the version.
              -h, --help              Show help information.

            """#)
    }
}
