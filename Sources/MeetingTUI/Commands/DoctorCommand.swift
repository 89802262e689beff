import ArgumentParser
import FoundationEssentials
import MeetingConsole
import MeetingKit

/// `meeting-tui doctor`: what the credentials in use can do, and how to fix what they cannot.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract:
            "Check the credentials (source, validity, app type, expiry, scopes, each feature with its fix) and the console's locale.",
        discussion: "Exits 77 when room-system call-outs cannot work, 78 when the credentials do not work at all.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print one JSON document.") var json = false

    func run() async throws {
        try await CommandRunner.run {
            let session = try await Session.open(global)
            let check = CredentialsCheck(
                client: session.client, tokens: session.credentials.provider,
                source: session.credentials.source, description: session.credentials.description,
                user: session.user)
            let result = await check.run()
            let locale = ConsoleLocale.current()
            if json {
                try Output.json(DoctorDocument(result, locale: locale))
            } else {
                print(DoctorText.render(result, locale: locale))
            }
            if result.problem != nil { throw ExitStatus.configuration.exitCode }
            if !result.calloutsCanWork { throw ExitStatus.notPermitted.exitCode }
        }
    }
}

/// The doctor's findings as text.
enum DoctorText {
    static func render(_ result: CredentialsCheck.Result, locale: ConsoleLocale) -> String {
        let signedIn =
            result.userNote.map { "✓ Zoom granted a token; no user is named: \(Output.value($0))" }
            ?? "✓ signed in as \(Output.value(result.user?.displayName ?? "?"))"
            + (result.user?.email.map { " <\(Output.value($0))>" } ?? "")
        let works = result.problem.map { "✗ \(Output.value($0))" } ?? signedIn
        var expires = "unknown"
        if let expiry = result.expiresAt {
            expires = "\(ZoomDate.format(expiry)) (in \(Int(expiry.timeIntervalSinceNow / 60)) min)"
        }
        let scopes = result.scopes.sorted.map { Output.value($0.joined(separator: " ")) } ?? "unknown (pasted token)"
        var lines = [
            "credentials:  \(Output.value(result.credentialDescription))",
            "app type:     \(result.source.displayName)",
            "works:        \(works)",
            "expires:      \(expires)",
            "scopes:       \(scopes)",
            "locale:       \(locale.summary)",
            "",
        ]
        for feature in result.features {
            let mark = feature.works.map { $0 ? "✓" : "✗" } ?? "?"
            lines.append(
                "\(mark) \(Output.column(feature.capability.title, 38))\(feature.note.map { " \(Output.value($0))" } ?? "")"
            )
            if let fix = feature.fix { lines.append("    fix: \(Output.value(fix))") }
        }
        return lines.joined(separator: "\n")
    }
}

/// The doctor's findings as JSON.
struct DoctorDocument: Encodable {
    struct Feature: Encodable {
        let feature: String
        let works: Bool?
        let note: String?
        let missing: Missing?
        let fix: String?
    }

    /// The locale the console draws in, and why when it is not the requested one.
    struct LocaleInUse: Encodable {
        /// The variable that asks for a locale (`LC_ALL`, `LC_CTYPE`, `LANG`), `nil` when none does.
        let variable: String?
        let requested: String
        let using: String
        let unicode: Bool
        let note: String

        init(_ locale: ConsoleLocale) {
            variable = locale.request.variable
            requested = locale.request.value
            using = locale.name
            unicode = locale.unicode
            note = locale.summary
        }
    }

    /// The scopes a feature lacks, any one of which would do, in both of Zoom's vocabularies.
    struct Missing: Encodable {
        let endpoint: String
        let granular: [String]
        let classic: [String]

        init(_ requirement: ScopeRequirement) {
            endpoint = requirement.endpoint.rawValue
            granular = requirement.granular
            classic = requirement.classic
        }
    }

    let source: String
    let credentials: String
    let user: String?
    let problem: String?
    let expiresAt: Date?
    let scopes: [String]?
    let calloutsCanWork: Bool
    let features: [Feature]
    let locale: LocaleInUse

    init(_ result: CredentialsCheck.Result, locale: ConsoleLocale) {
        source = result.source.rawValue
        credentials = result.credentialDescription
        user = result.user?.displayName
        problem = result.problem
        expiresAt = result.expiresAt
        scopes = result.scopes.sorted
        calloutsCanWork = result.calloutsCanWork
        features = result.features.map {
            Feature(
                feature: $0.capability.rawValue, works: $0.works, note: $0.note, missing: $0.missing.map(Missing.init),
                fix: $0.fix)
        }
        self.locale = LocaleInUse(locale)
    }
}
