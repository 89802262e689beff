/// Plain-words explanations of missing scopes: what is missing, why, and the steps to fix it.
public enum ScopeAdvice {
    /// Why `capability` cannot work with `scopes`, or `nil` when it can (or the scopes are unknown).
    public static func problem(for capability: Capability, scopes: GrantedScopes, source: CredentialSource?) -> String? {
        guard capability.isAllowed(by: scopes) == false else { return nil }
        let needed = capability.acceptedScopes.prefix(capability == .roomSystemCallout ? 3 : 2).joined(separator: " or ")
        var text = "\(capability.title) needs \(needed), which this token does not have."
        if capability.needsAccountLevelApp {
            text += " Only an account-level app (Server-to-Server OAuth) can hold it"
            text += source == .userOAuth ? "; this is a user-level app, so adding the scope to it is not possible." : "."
        }
        return text
    }

    /// The steps to fix a missing scope for `capability`.
    public static func fix(for capability: Capability, source: CredentialSource?) -> String {
        let scope = capability.acceptedScopes[0]
        if capability.needsAccountLevelApp, source != .serverToServer {
            return "Create a Server-to-Server OAuth app in the Zoom App Marketplace (Develop > Build App > Server-to-Server OAuth), "
                + "add the scope \(scope), activate it, then sign in with it: "
                + "export ZOOM_ACCOUNT_ID and ZOOM_CLIENT_ID, put the secret in ZOOM_CLIENT_SECRET or the config file, "
                + "and run `meeting-tui login --s2s`."
        }
        return "Add the scope \(scope) to the app in the Zoom App Marketplace (Scopes tab), save, "
            + "then get a new token (`meeting-tui login` again) so that it carries the scope."
    }

    /// The warning shown when the scopes are unknown (a pasted token).
    public static let unknownScopes =
        "the token's scopes are unknown (pasted token): if it lacks meeting:write:admin or meeting:master, "
        + "Zoom accepts the call-out and silently drops it"

    /// The likely causes when a call-out was accepted but the room system never appeared.
    public static func notJoinedCauses(callType: RoomSystemCallType, scopes: GrantedScopes) -> String {
        var causes = "the address is wrong or not reachable from Zoom's network, the device is busy or declined, "
            + "it does not answer automatically, or a firewall blocks \(callType.displayName) from Zoom's data centres"
        if scopes == .unknown {
            causes += "; or Zoom dropped the call-out because the token lacks meeting:write:admin (its scopes are unknown)"
        }
        return causes
    }
}
