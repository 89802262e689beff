/// Gets the address a SIP room system dials to join a meeting by itself
/// (`POST /meetings/{meetingId}/sip_dialing`, Medium label): the way to get a room in when the app
/// may not call rooms out (a user-managed app cannot hold the admin scope a call-out needs, but may
/// hold `meeting:write:sip_dialing`). Checks the passcode and the token's scopes before asking.
public struct DialInLookup: Sendable {
    /// Why the address was not asked for. Nothing was sent.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is missing, in a sentence.
        public var problem: String
        /// The steps to fix it.
        public var fix: String

        public var description: String { "nothing was asked: \(problem) \(fix)" }
    }

    private let client: ZoomClient
    private let scopes: GrantedScopes
    private let source: CredentialSource?

    public init(client: ZoomClient, scopes: GrantedScopes, source: CredentialSource? = nil) {
        self.client = client
        self.scopes = scopes
        self.source = source
    }

    /// A meeting passcode as Zoom takes it: 1 to 10 letters, digits, `@`, `-`, `_` or `*`.
    /// The error never repeats what was typed (a passcode is not for the screen).
    public static func passcode(checking text: String) throws -> String {
        guard (1...10).contains(text.count),
            text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "@-_*".contains($0)) })
        else {
            throw InputError.other("invalid passcode: a meeting passcode has 1 to 10 letters, digits, @, -, _ or *")
        }
        return text
    }

    /// Asks Zoom for the dial-in address of `meeting`, with `passcode` built in when given.
    /// Throws `Refusal` when the token certainly lacks the scope, `InputError` for a bad passcode,
    /// and Zoom's error otherwise.
    public func address(for meeting: MeetingReference, passcode: String? = nil) async throws -> SIPDialingAddress {
        let checked = try passcode.map(Self.passcode(checking:))
        if let problem = ScopeAdvice.problem(for: .sipDialing, scopes: scopes, source: source) {
            throw Refusal(problem: problem, fix: ScopeAdvice.fix(for: .sipDialing, source: source))
        }
        return try await client.sipDialingAddress(for: meeting, passcode: checked)
    }
}
