import FoundationEssentials

/// What `doctor` finds out about the credentials in use: whether Zoom accepts them, which scopes
/// they carry, and for each feature whether it will work, which scopes it lacks in both of Zoom's
/// vocabularies, and how to fix it. Unknown scopes (a pasted token) are probed with harmless reads
/// where a read can tell.
public struct CredentialsCheck: Sendable {
    /// One feature's verdict.
    public struct Feature: Sendable {
        public var capability: Capability
        /// `true` works, `false` does not, `nil` cannot be known without trying it.
        public var works: Bool?
        /// How this was decided, or why not.
        public var note: String?
        /// The endpoint and scopes the feature lacks, when the token's scopes are known to lack them.
        public var missing: ScopeRequirement?
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

    /// What a harmless read told about a capability whose scopes are unknown.
    private typealias Probe = (works: Bool, note: String)

    private let client: ZoomClient
    private let tokens: any TokenProvider
    private let source: CredentialSource
    private let description: String
    private let user: ActingUser

    public init(
        client: ZoomClient, tokens: any TokenProvider, source: CredentialSource, description: String,
        user: ActingUser = .me
    ) {
        self.client = client
        self.tokens = tokens
        self.source = source
        self.description = description
        self.user = user
    }

    /// Runs the checks: a token, the acting user (`GET /users/{userId}`, never `me` for a
    /// Server-to-Server app), then each feature.
    public func run(now: Date = Date()) async -> Result {
        var result = Result(
            source: source, credentialDescription: description, user: nil, userNote: nil, problem: nil, expiresAt: nil,
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
        let probes = token.scopes == .unknown && result.problem == nil ? await probeReads(now: now) : [:]
        result.features = Capability.allCases.map { feature($0, scopes: token.scopes, probe: probes[$0]) }
        return result
    }

    private func feature(_ capability: Capability, scopes: GrantedScopes, probe: Probe?) -> Feature {
        if let allowed = capability.isAllowed(by: scopes) {
            guard !allowed else { return Feature(capability: capability, works: true) }
            return Feature(
                capability: capability, works: false, note: ScopeAdvice.missing(capability.requirement),
                missing: capability.requirement, fix: ScopeAdvice.fix(for: capability, source: source))
        }
        if let probe {
            return Feature(
                capability: capability, works: probe.works, note: probe.note,
                fix: probe.works ? nil : ScopeAdvice.fix(for: capability, source: source))
        }
        let note =
            capability == .roomSystemCallout
            ? ScopeAdvice.unknownScopes : "the token's scopes are unknown; only trying it would tell"
        return Feature(capability: capability, works: nil, note: note)
    }

    /// Reads the meeting lists (the Dashboard's and the user's own), then the participants of one
    /// meeting found there: each endpoint takes its own scopes, so each answer tells only about
    /// the features that call it.
    private func probeReads(now: Date) async -> [Capability: Probe] {
        var probes: [Capability: Probe] = [.readUser: (true, "probed: Zoom answered \(ZoomEndpoint.user.rawValue)")]
        let account = await probe(.dashboardMeetings) {
            try await client.accountLiveMeetingsPage(
                from: now.addingTimeInterval(-LiveMeetingLister.dashboardWindow), to: now, pageToken: nil
            ).items
        }
        let own = await probe(.userMeetings) { try await client.liveMeetingsPage(of: user, pageToken: nil).items }
        probes[.listAccountMeetings] = account.verdict
        probes[.listMeetings] = own.verdict
        guard let meeting = (account.value ?? []).first ?? (own.value ?? []).first else { return probes }
        let participants = await probe(.dashboardParticipants) {
            try await client.liveParticipants(of: .id(meeting.id))
        }
        probes[.readParticipants] = participants.verdict
        probes[.verifyCallout] = participants.verdict
        return probes
    }

    /// One harmless read: whether Zoom allowed it (`nil` when its answer tells nothing, as when the
    /// meeting just ended), and what it read.
    private func probe<Value>(_ endpoint: ZoomEndpoint, _ read: () async throws -> Value) async -> (
        verdict: Probe?, value: Value?
    ) {
        do {
            let value = try await read()
            return ((true, "probed: Zoom answered \(endpoint.rawValue)"), value)
        } catch let error as ZoomAPIError where error.isRefusal && error.zoomCode != 3001 {
            return ((false, "probed: \(error)"), nil)
        } catch {
            return (nil, nil)
        }
    }
}
