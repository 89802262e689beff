import Foundation

/// What `doctor` finds out about the credentials in use: whether Zoom accepts them, which scopes
/// they carry, and for each feature whether it will work and how to fix it when it will not.
/// Unknown scopes (a pasted token) are probed with harmless reads where a read can tell.
public struct CredentialsCheck: Sendable {
    /// One feature's verdict.
    public struct Feature: Sendable {
        public var capability: Capability
        /// `true` works, `false` does not, `nil` cannot be known without trying it.
        public var works: Bool?
        /// How this was decided, or why not.
        public var note: String?
        /// What to do when it does not work.
        public var fix: String?
    }

    /// Everything found.
    public struct Result: Sendable {
        public var source: CredentialSource
        public var credentialDescription: String
        /// The signed-in user, when Zoom accepted the token.
        public var user: ZoomUser?
        /// Why no user was read: a Server-to-Server app without a configured user.
        public var userNote: String?
        /// Why the credentials do not work, when they do not.
        public var problem: String?
        public var expiresAt: Date?
        public var scopes: GrantedScopes
        public var features: [Feature]

        /// Whether room-system call-outs can work (known to, or not known not to).
        public var calloutsCanWork: Bool {
            problem == nil && features.first { $0.capability == .roomSystemCallout }?.works != false
        }
    }

    private let client: ZoomClient
    private let tokens: any TokenProvider
    private let source: CredentialSource
    private let description: String
    private let user: ActingUser

    public init(client: ZoomClient, tokens: any TokenProvider, source: CredentialSource, description: String, user: ActingUser = .me) {
        self.client = client
        self.tokens = tokens
        self.source = source
        self.description = description
        self.user = user
    }

    /// Runs the checks: a token, the acting user (`GET /users/{userId}`, never `me` for a
    /// Server-to-Server app), then each feature.
    public func run(now: Date = Date()) async -> Result {
        var result = Result(source: source, credentialDescription: description, user: nil, userNote: nil, problem: nil, expiresAt: nil,
                            scopes: .unknown, features: [])
        let token: AccessToken
        do {
            token = try await tokens.currentToken()
        } catch {
            result.problem = "no token could be had: \(error)"
            return result
        }
        result.expiresAt = token.expiresAt
        result.scopes = token.scopes
        if user.userID == nil {
            result.userNote = ActingUser.missingExplanation
        } else {
            do {
                result.user = try await client.user(user)
            } catch {
                result.problem = "Zoom did not accept the credentials: \(error)"
            }
        }
        let dashboardProbe = token.scopes == .unknown && result.problem == nil ? await probeDashboard(now: now) : nil
        result.features = Capability.allCases.map { feature($0, scopes: token.scopes, dashboardProbe: dashboardProbe) }
        return result
    }

    private func feature(_ capability: Capability, scopes: GrantedScopes, dashboardProbe: (works: Bool, note: String)?) -> Feature {
        if let allowed = capability.isAllowed(by: scopes) {
            return Feature(capability: capability, works: allowed, note: allowed ? nil : ScopeAdvice.problem(for: capability, scopes: scopes, source: source),
                           fix: allowed ? nil : ScopeAdvice.fix(for: capability, source: source))
        }
        switch capability {
        case .listAccountMeetings, .readParticipants, .verifyCallout:
            if let dashboardProbe {
                return Feature(capability: capability, works: dashboardProbe.works, note: dashboardProbe.note,
                               fix: dashboardProbe.works ? nil : ScopeAdvice.fix(for: capability, source: source))
            }
        case .listMeetings:
            return Feature(capability: capability, works: true, note: "the token was accepted for /users/\(user.userID ?? "")", fix: nil)
        default:
            break
        }
        let note = capability == .roomSystemCallout ? ScopeAdvice.unknownScopes : "the token's scopes are unknown; only trying it would tell"
        return Feature(capability: capability, works: nil, note: note, fix: nil)
    }

    /// Reads the Dashboard's live meeting list once to learn whether the token may.
    private func probeDashboard(now: Date) async -> (works: Bool, note: String)? {
        do {
            _ = try await client.accountLiveMeetingsPage(from: now.addingTimeInterval(-LiveMeetingLister.dashboardWindow), to: now, pageToken: nil)
            return (true, "probed: the Dashboard answered")
        } catch let error as ZoomAPIError where error.isRefusal {
            return (false, "probed: \(error)")
        } catch {
            return nil
        }
    }
}
