/// Plain-words explanations of missing scopes: what is missing, why, and the steps to fix it in
/// today's Zoom App Marketplace. The granular scope comes first (apps created since 2024 can pick
/// only those), the classic one after it for older apps.
public enum ScopeAdvice {
    /// The kinds of app that can hold admin-level scopes.
    public static let accountLevelApp = "an account-level app (Server-to-Server, or an OAuth app an admin manages)"

    /// The scopes of a requirement as an operator picks them: "dashboard:read:list_meeting_participants:admin
    /// (for older apps: dashboard_meetings:read:admin or dashboard:read:admin)".
    public static func scopeNames(_ requirement: ScopeRequirement) -> String {
        let granular = alternatives(requirement.granular)
        guard !requirement.classic.isEmpty else { return granular }
        return "\(granular) (for older apps: \(alternatives(requirement.classic)))"
    }

    /// What a feature lacks, for `doctor`: "missing <granular> (for older apps: <classic>)".
    public static func missing(_ requirement: ScopeRequirement) -> String {
        "missing \(scopeNames(requirement))"
    }

    /// Why `capability` cannot work with `scopes`, or `nil` when it can (or the scopes are unknown).
    public static func problem(for capability: Capability, scopes: GrantedScopes, source: CredentialSource?) -> String?
    {
        guard capability.isAllowed(by: scopes) == false else { return nil }
        var text = "\(capability.title) needs \(scopeNames(capability.requirement)), which this token does not have."
        if capability.needsAccountLevelApp, source != .serverToServer {
            text += " Only \(accountLevelApp) can hold it; a user-managed app cannot."
        }
        return text
    }

    /// The steps to fix a missing scope for `capability`.
    public static func fix(for capability: Capability, source: CredentialSource?) -> String {
        let scope = scopeNames(capability.requirement)
        if capability.needsAccountLevelApp, source != .serverToServer {
            return "Add the scope \(scope) to \(accountLevelApp) in the Zoom App Marketplace, then sign in with it: "
                + "for Server-to-Server, export ZOOM_ACCOUNT_ID and ZOOM_CLIENT_ID, put the secret in ZOOM_CLIENT_SECRET "
                + "or the config file, and run `meeting-tui login --s2s`; for an admin-managed OAuth app, run "
                + "`meeting-tui login --client-id <its client ID>`."
        }
        if source == .serverToServer {
            return "Add the scope \(scope) to the app in the Zoom App Marketplace (Scopes tab), save, "
                + "then run `meeting-tui logout` so that the next token carries the scope."
        }
        return "Add the scope \(scope) to the app in the Zoom App Marketplace (Scopes tab), save, "
            + "then get a new token (`meeting-tui login` again) so that it carries the scope."
    }

    /// The way to get a room in today when it may not be called out (the origin thread: a
    /// user-managed app cannot hold the admin scope): the room dials in by itself, at the address
    /// `meeting-tui dialin` gets with a user-level scope. Says so when this token lacks that scope too.
    public static func dialInInstead(meeting: MeetingReference, scopes: GrantedScopes) -> String {
        let argument =
            switch meeting {
            case .id(let number): String(number)
            case .uuid(let uuid): "'\(uuid)'"
            }
        var text =
            "To get the room in today without a call-out, let it dial in: `meeting-tui dialin \(argument)` "
            + "prints the SIP address the room dials itself"
        if Capability.sipDialing.isAllowed(by: scopes) == false {
            text +=
                " (this needs the user-level scope \(scopeNames(Capability.sipDialing.requirement)), which this token "
                + "lacks too: add it to the app and sign in again)"
        }
        return text + "."
    }

    /// The warning shown when the scopes are unknown (a pasted token).
    public static var unknownScopes: String {
        "the token's scopes are unknown (pasted token): if it lacks \(scopeNames(Capability.roomSystemCallout.requirement)), "
            + "Zoom accepts the call-out and silently drops it"
    }

    /// The likely causes when a call-out was accepted but the room system never appeared.
    public static func notJoinedCauses(callType: RoomSystemCallType, scopes: GrantedScopes) -> String {
        var causes =
            "the address is wrong or not reachable from Zoom's network, the device is busy or declined, "
            + "it does not answer automatically, or a firewall blocks \(callType.displayName) from Zoom's data centres"
        if scopes == .unknown {
            causes +=
                "; or Zoom dropped the call-out because the token lacks "
                + "\(scopeNames(Capability.roomSystemCallout.requirement)) (its scopes are unknown)"
        }
        return causes
    }

    /// "a", "a or b", "a, b or c".
    private static func alternatives(_ scopes: [String]) -> String {
        guard let last = scopes.last else { return "" }
        let rest = scopes.dropLast()
        return rest.isEmpty ? last : "\(rest.joined(separator: ", ")) or \(last)"
    }
}
