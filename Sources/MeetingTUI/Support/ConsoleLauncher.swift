import MeetingConsole
import MeetingKit

/// Builds the console's environment from a session.
enum ConsoleLauncher {
    static func environment(for session: Session, readOnly: Bool) async throws -> ConsoleEnvironment {
        let token = try await session.token()
        let settings = session.configuration.console
        return ConsoleEnvironment(
            client: session.client,
            identity: ConsoleIdentity(
                source: session.credentials.source, expiresAt: token.expiresAt, scopes: token.scopes,
                user: session.user),
            rooms: session.rooms,
            readOnly: readOnly || settings.readOnly,
            refresh: RefreshIntervals(
                meetings: settings.refreshSeconds, participants: settings.participantsRefreshSeconds),
            keyOverrides: session.configuration.keyBindings,
            auditLog: session.auditLog)
    }
}
