/// The scopes that let a token call one endpoint, any one of which is enough, in Zoom's two
/// vocabularies: *granular* scopes (the only kind an app created since Zoom's 2024 scope change
/// can pick) and *classic* scopes (older apps). A token may carry either kind.
public struct ScopeRequirement: Sendable, Hashable {
    /// The endpoint these scopes open.
    public let endpoint: ZoomEndpoint
    /// Granular scopes, user level before admin level.
    public let granular: [String]
    /// Classic scopes, user level before admin level; empty when the endpoint has none.
    public let classic: [String]

    /// Creates a requirement.
    public init(endpoint: ZoomEndpoint, granular: [String], classic: [String]) {
        self.endpoint = endpoint
        self.granular = granular
        self.classic = classic
    }

    /// Every accepted scope: granular first, then classic.
    public var accepted: [String] { granular + classic }

    /// Whether the granted scopes meet this: `nil` when they are unknown.
    public func isMet(by scopes: GrantedScopes) -> Bool? {
        scopes.holdsAny(of: accepted)
    }

    /// Only the admin-level scopes of this requirement: for an endpoint that Zoom answers for a
    /// user-level caller without doing what was asked.
    public var adminLevel: ScopeRequirement {
        ScopeRequirement(
            endpoint: endpoint, granular: granular.filter(Self.isAdminLevel), classic: classic.filter(Self.isAdminLevel)
        )
    }

    /// Whether only an account-level app (Server-to-Server, or an OAuth app an admin manages) can
    /// hold any of these scopes.
    public var needsAccountLevelApp: Bool {
        accepted.allSatisfy(Self.isAdminLevel)
    }

    /// Whether a scope is admin level (`…:admin`, `…:admin:…`, or `meeting:master`): a user-managed
    /// app cannot hold it.
    public static func isAdminLevel(_ scope: String) -> Bool {
        scope == "meeting:master" || scope.split(separator: ":").contains("admin")
    }
}
