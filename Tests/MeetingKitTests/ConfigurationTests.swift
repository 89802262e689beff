import Foundation
import MeetingTestSupport
import XCTest

@testable import MeetingKit

final class ConfigurationTests: XCTestCase {
    private let example = """
        [zoom]
        api_url = "https://api.zoom.us/v2"
        oauth_url = "https://zoom.us"
        account_id = "acct"
        client_id = "cid"

        [console]
        refresh_seconds = 10
        participants_refresh_seconds = 5.5
        read_only = true

        [keys]
        invite = "i"
        refresh = "F5"

        [[rooms]]
        name = "Boardroom"
        type = "sip"
        address = "sip:boardroom@example.com"
        display_name = "Boardroom"
        key = 1

        [[rooms]]
        name = "Lab"
        type = "h323"
        address = "192.0.2.10"
        """

    func testParsesEveryKnownSetting() throws {
        let configuration = try AppConfiguration.parse(example)
        XCTAssertEqual(configuration.zoom.apiBaseURL, URL(string: "https://api.zoom.us/v2"))
        XCTAssertEqual(configuration.zoom.oauthBaseURL, URL(string: "https://zoom.us"))
        XCTAssertEqual(configuration.zoom.accountID, "acct")
        XCTAssertEqual(configuration.zoom.clientID, "cid")
        XCTAssertNil(configuration.zoom.clientSecret)
        XCTAssertEqual(
            configuration.console, ConsoleSettings(refreshSeconds: 10, participantsRefreshSeconds: 5.5, readOnly: true))
        XCTAssertEqual(configuration.keyBindings, ["invite": "i", "refresh": "F5"])
        XCTAssertEqual(
            configuration.rooms,
            [
                SavedRoom(
                    name: "Boardroom", callType: .sip, address: "sip:boardroom@example.com", displayName: "Boardroom",
                    quickKey: 1),
                SavedRoom(name: "Lab", callType: .h323, address: "192.0.2.10"),
            ])
    }

    func testEmptyFileGivesDefaults() throws {
        XCTAssertEqual(try AppConfiguration.parse(""), AppConfiguration())
        XCTAssertEqual(AppConfiguration().console.refreshSeconds, 10)
    }

    func testEnvironmentWinsOverFileForURLs() throws {
        let zoom = try AppConfiguration.parse(example).zoom
        XCTAssertEqual(
            try zoom.effectiveAPIBaseURL(environment: ["ZOOM_API_URL": "http://127.0.0.1:8080/v2"]).absoluteString,
            "http://127.0.0.1:8080/v2")
        XCTAssertEqual(try zoom.effectiveOAuthBaseURL(environment: [:]).absoluteString, "https://zoom.us")
        XCTAssertEqual(
            try ZoomSettings().effectiveAPIBaseURL(environment: [:]).absoluteString, "https://api.zoom.us/v2")
        XCTAssertThrowsError(try ZoomSettings().checkEndpoints(environment: ["ZOOM_OAUTH_URL": "127.0.0.1:9000"])) {
            error in
            XCTAssertEqual(
                error as? ConfigurationError,
                .environment(variable: "ZOOM_OAUTH_URL", reason: "\"127.0.0.1:9000\" is not an http or https URL"))
        }
    }

    func testUnknownKeysAreReportedWithNameAndLine() {
        let text = """
            [console]
            refresh_secs = 5

            [zoom]
            api_url = "https://api.zoom.us/v2"
            clientid = "x"

            [[rooms]]
            name = "A"
            type = "sip"
            adress = "sip:a@example.com"
            """
        XCTAssertThrowsError(try AppConfiguration.parse(text, path: "/etc/x/config.toml")) { error in
            guard case .invalid(let path, let problems)? = error as? ConfigurationError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(path, "/etc/x/config.toml")
            let byKey = Dictionary(problems.map { ($0.key ?? "", $0) }, uniquingKeysWith: { first, _ in first })
            XCTAssertEqual(byKey["console.refresh_secs"]?.line, 2)
            XCTAssertEqual(byKey["zoom.clientid"]?.line, 6)
            XCTAssertEqual(byKey["rooms[1].adress"]?.line, 11)
            XCTAssertEqual(byKey["rooms[1].address"]?.message, "is required")
            let message = String(describing: error)
            XCTAssertTrue(message.contains("line 2: console.refresh_secs: unknown key"), message)
        }
    }

    func testWrongTypesAndRangesAreReported() {
        let text = """
            [console]
            refresh_seconds = 1
            read_only = "yes"
            participants_refresh_seconds = "fast"

            [[rooms]]
            name = "A"
            type = "webex"
            address = "sip:a@example.com"
            key = 12

            [[rooms]]
            name = "B"
            type = "sip"
            address = "   "
            """
        XCTAssertThrowsError(try AppConfiguration.parse(text)) { error in
            guard case .invalid(_, let problems)? = error as? ConfigurationError else { return XCTFail("\(error)") }
            let described = problems.map(\.description)
            XCTAssertTrue(
                described.contains("line 2: console.refresh_seconds: must be at least 2 seconds"), "\(described)")
            XCTAssertTrue(
                described.contains("line 3: console.read_only: expected true or false, found a string"), "\(described)")
            XCTAssertTrue(
                described.contains("line 4: console.participants_refresh_seconds: expected a number, found a string"),
                "\(described)")
            XCTAssertTrue(
                described.contains("line 8: rooms[1].type: expected \"sip\" or \"h323\", found \"webex\""),
                "\(described)")
            XCTAssertTrue(
                described.contains("line 10: rooms[1].key: expected a digit from 1 to 9, found 12"), "\(described)")
            XCTAssertTrue(described.contains("line 15: rooms[2].address: must not be empty"), "\(described)")
        }
    }

    func testWrongKindsAreNamedInPlainWords() {
        let text = """
            [zoom]
            client_id = 1979-05-27
            api_url = 1979-05-27T07:32:00Z
            [console]
            read_only = 07:32:00
            refresh_seconds = true
            participants_refresh_seconds = [5]
            [[rooms]]
            name = "A"
            type = "sip"
            address = "sip:a@example.com"
            key = 2.5
            """
        XCTAssertThrowsError(try AppConfiguration.parse(text)) { error in
            guard case .invalid(_, let problems)? = error as? ConfigurationError else { return XCTFail("\(error)") }
            XCTAssertEqual(
                problems.map(\.description),
                [
                    "line 2: zoom.client_id: expected a string, found a date",
                    "line 3: zoom.api_url: expected a string, found a date and time",
                    "line 5: console.read_only: expected true or false, found a time",
                    "line 6: console.refresh_seconds: expected a number, found true or false",
                    "line 7: console.participants_refresh_seconds: expected a number, found an array",
                    "line 12: rooms[1].key: expected an integer, found a number",
                ])
        }
    }

    func testDuplicateRoomNamesAndKeysAreReported() {
        let text = """
            [[rooms]]
            name = "A"
            type = "sip"
            address = "sip:a@example.com"
            key = 3
            [[rooms]]
            name = "a"
            type = "sip"
            address = "sip:b@example.com"
            key = 3
            """
        XCTAssertThrowsError(try AppConfiguration.parse(text)) { error in
            guard case .invalid(_, let problems)? = error as? ConfigurationError else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.map(\.key), ["rooms[2].name", "rooms[2].key"])
            XCTAssertEqual(problems.last?.message, "key 3 is already used by room \"A\"")
        }
    }

    func testSyntaxErrorCarriesLineAndColumn() {
        XCTAssertThrowsError(try AppConfiguration.parse("[console]\nrefresh_seconds = = 3\n")) { error in
            guard case .invalid(_, let problems)? = error as? ConfigurationError else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.first?.line, 2)
            XCTAssertEqual(problems.first?.column, 19)
            XCTAssertTrue(String(describing: error).contains("line 2, column 19: a value is missing"), "\(error)")
        }
    }

    func testProblemsInInlineTablesAndDottedKeysCarryTheirLine() {
        let text = """
            rooms = [
              { name = "A", type = "sip", address = "sip:a@example.com" },
              { name = "B", type = "sip", address = "boardroom at example dot com" },
            ]
            console.refresh_seconds = 1
            """
        XCTAssertThrowsError(try AppConfiguration.parse(text)) { error in
            guard case .invalid(_, let problems)? = error as? ConfigurationError else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.map(\.key), ["rooms[2].address", "console.refresh_seconds"])
            XCTAssertEqual(problems.map(\.line), [3, 5])
        }
    }

    func testRoomAddressesAreValidated() {
        let text = "[[rooms]]\nname = \"A\"\ntype = \"sip\"\naddress = \"boardroom at example dot com\"\n"
        XCTAssertThrowsError(try AppConfiguration.parse(text)) { error in
            guard case .invalid(_, let problems)? = error as? ConfigurationError else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.map(\.key), ["rooms[1].address"])
            XCTAssertEqual(problems.first?.line, 4)
        }
        let strict: RoomAddressValidator = { _, input throws(InputError) in
            throw .h323Address(input, reason: "expected an IP address")
        }
        let h323 = "[[rooms]]\nname = \"A\"\ntype = \"h323\"\naddress = \"192.0.2.10\"\n"
        XCTAssertThrowsError(try AppConfiguration.parse(h323, validateRoomAddress: strict)) { error in
            guard case .invalid(_, let problems)? = error as? ConfigurationError else { return XCTFail("\(error)") }
            XCTAssertEqual(
                problems, [ConfigurationProblem(key: "rooms[1].address", line: 4, message: "expected an IP address")])
        }
        XCTAssertNoThrow(try AppConfiguration.parse(h323))
    }

    // MARK: - The file

    private func makeConfigFile(_ text: String?, mode: Int = 0o600) throws -> ConfigFile {
        let directory = ConfigDirectory(url: try makeTemporaryDirectory(self).appendingPathComponent("meeting-tui"))
        let file = ConfigFile(directory: directory)
        if let text {
            try SecureFile.write(Data(text.utf8), to: file.file)
            try setPermissions(mode, of: file.file)
        }
        return file
    }

    /// The error an edit of the rooms threw, or nil when it worked.
    private func editError(_ edit: () async throws -> AppConfiguration) async -> ConfigurationError? {
        do {
            _ = try await edit()
            return nil
        } catch {
            return error as? ConfigurationError
        }
    }

    func testMissingFileGivesDefaults() throws {
        XCTAssertEqual(try makeConfigFile(nil).load(), AppConfiguration())
    }

    func testClientSecretInSharedFileIsRefused() throws {
        let text = "[zoom]\naccount_id = \"a\"\nclient_id = \"c\"\nclient_secret = \"s3cr3t\"\n"
        let shared = try makeConfigFile(text, mode: 0o644)
        XCTAssertThrowsError(try shared.load()) { error in
            XCTAssertEqual(
                error as? ConfigurationError, .file(.permissionsTooOpen(path: shared.file.path, mode: 0o644)))
            let message = String(describing: error)
            XCTAssertTrue(message.contains("chmod 600 \(shared.file.path)"), message)
            XCTAssertFalse(message.contains("s3cr3t"))
        }
        let configuration = try makeConfigFile(text, mode: 0o600).load()
        XCTAssertEqual(
            configuration.serverToServerCredentials,
            ServerToServerCredentials(accountID: "a", clientID: "c", clientSecret: Secret("s3cr3t")))
        // Without a secret, a shared file is fine.
        XCTAssertNoThrow(try makeConfigFile("[console]\nread_only = true\n", mode: 0o644).load())
    }

    func testAnUnquotedClientSecretIsNotEchoedInTheSyntaxError() {
        let documents = [
            "[zoom]\naccount_id = \"a\"\nclient_id = \"c\"\nclient_secret = 9f8e7d6c5b4aQz\n",
            "zoom.client_secret = 9f8e7d6c5b4aQz\n",
            "[zoom]\nclient_secret = 9f8e7d6c5b4aQz # the app's secret\n",
        ]
        for text in documents {
            XCTAssertThrowsError(try AppConfiguration.parse(text, path: "config.toml")) { error in
                let message = String(describing: error)
                XCTAssertFalse(message.contains("9f8e") || message.contains("aQz"), message)
                XCTAssertTrue(
                    message.contains(
                        #"the value of client_secret is not valid TOML (not shown: it is a secret); "#
                            + #"write it in quotes, client_secret = "...""#), message)
            }
        }
        // Other syntax errors still quote what the parser found.
        XCTAssertThrowsError(try AppConfiguration.parse("[console]\nrefresh_seconds = 9f\n")) { error in
            XCTAssertTrue(String(describing: error).contains("'9f'"), String(describing: error))
        }
    }

    func testAddingAndRemovingRoomsRewritesTheFileAtomically() async throws {
        let original =
            "# Operator settings\n[console]\nrefresh_seconds = 4 # gentle on the Dashboard\n\n[keys]\nquit = \"q\"\n"
        let file = try makeConfigFile(original, mode: 0o644)
        let boardroom = SavedRoom(
            name: "Boardroom", callType: .sip, address: "sip:boardroom@example.com", displayName: "Board", quickKey: 1)
        let lab = SavedRoom(name: "Lab", callType: .h323, address: "192.0.2.10", quickKey: 2)

        try await file.addRoom(boardroom)
        let afterAdding = try await file.addRoom(lab)
        XCTAssertEqual(afterAdding.rooms, [boardroom, lab])
        XCTAssertEqual(try permissions(of: file.file), 0o600)

        let reloaded = try file.load()
        XCTAssertEqual(reloaded.rooms, [boardroom, lab])
        XCTAssertEqual(reloaded.console.refreshSeconds, 4)
        XCTAssertEqual(reloaded.keyBindings, ["quit": "q"])
        let text = try String(contentsOf: file.file, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix(original), text)
        XCTAssertEqual(text.components(separatedBy: "[[rooms]]").count, 3, text)

        let twin = await editError {
            try await file.addRoom(SavedRoom(name: "boardroom", callType: .sip, address: "sip:x@example.com"))
        }
        XCTAssertEqual(twin, .rooms("a room named \"boardroom\" is already saved"))
        let sameKey = await editError {
            try await file.addRoom(SavedRoom(name: "Other", callType: .sip, address: "sip:x@example.com", quickKey: 2))
        }
        XCTAssertEqual(sameKey, .rooms("key 2 is already used by room \"Lab\""))
        let empty = await editError { try await file.addRoom(SavedRoom(name: "Empty", callType: .sip, address: "")) }
        XCTAssertNotNil(empty)

        let afterRemoving = try await file.removeRoom(named: "BOARDROOM")
        XCTAssertEqual(afterRemoving.rooms, [lab])
        XCTAssertEqual(try file.load().rooms, [lab])
        let gone = await editError { try await file.removeRoom(named: "Boardroom") }
        XCTAssertEqual(gone, .rooms("no room named \"Boardroom\" is saved"))
        let last = try await file.removeRoom(named: "lab")
        XCTAssertEqual(last.rooms, [])
        XCTAssertEqual(try String(contentsOf: file.file, encoding: .utf8), original)
    }

    func testInlineRoomsAreRewrittenWithEveryValueKept() async throws {
        let file = try makeConfigFile(
            "rooms = [{ name = \"A\", type = \"sip\", address = \"sip:a@example.com\", key = 1 }]\n[console]\nread_only = true\n"
        )
        let lab = SavedRoom(name: "Lab", callType: .h323, address: "192.0.2.10")
        try await file.addRoom(lab)
        let reloaded = try file.load()
        XCTAssertEqual(
            reloaded.rooms, [SavedRoom(name: "A", callType: .sip, address: "sip:a@example.com", quickKey: 1), lab])
        XCTAssertTrue(reloaded.console.readOnly)
    }

    func testInvalidFileIsNotRewritten() async throws {
        let text = "[console]\nrefresh_secs = 4\n"
        let file = try makeConfigFile(text)
        let refused = await editError {
            try await file.addRoom(SavedRoom(name: "A", callType: .sip, address: "sip:a@example.com"))
        }
        XCTAssertNotNil(refused)
        XCTAssertEqual(try String(contentsOf: file.file, encoding: .utf8), text)
    }
}
