import FoundationEssentials

/// Lists live meetings the best way the credentials allow: account-wide from the Dashboard when
/// its scope is granted (or unknown and it answers), otherwise the acting user's own scheduled
/// meetings, which leave instant meetings out. Page by page for the console, all pages for
/// `meeting-tui meetings`.
public struct LiveMeetingLister: Sendable {
    /// Which list the meetings came from.
    public enum Scope: String, Sendable {
        /// Every live meeting of the account (Dashboard).
        case account
        /// Only the acting user's scheduled meetings in progress.
        case user
    }

    /// One page of meetings, where they came from, and why the account-wide list was not used.
    public struct Page: Sendable {
        public var meetings: [LiveMeeting]
        public var scope: Scope
        /// Why the list is the user's own, when it is.
        public var note: String?
        /// The token of the next page of the same list; `nil` on the last.
        public var nextPageToken: String?
    }

    /// The meetings and where they came from, with a note when the account-wide list was not available.
    public struct Listing: Sendable {
        public var meetings: [LiveMeeting]
        public var scope: Scope
        public var note: String?
    }

    /// How far back the Dashboard's `from` reaches: a week. Whether `type=live` also filters by
    /// start date is undocumented, so a narrower window could miss a meeting that started days ago.
    public static let dashboardWindow: TimeInterval = 7 * 86_400

    /// What every user-level listing must say: Zoom's user list "only supports scheduled meetings".
    public static let instantMeetingsNote = "Zoom's list of a user's meetings leaves out instant meetings"

    private let client: ZoomClient
    private let scopes: GrantedScopes
    private let user: ActingUser

    public init(client: ZoomClient, scopes: GrantedScopes, user: ActingUser) {
        self.client = client
        self.scopes = scopes
        self.user = user
    }

    /// A page of the list. `token` continues the list `scope` names; without a token, `scope` picks
    /// the list, and `nil` means the best one the credentials allow.
    public func page(_ scope: Scope? = nil, token: String? = nil, now: Date) async throws -> Page {
        if scope == .user { return try await userPage(token: token, note: nil) }
        guard scope == .account || Capability.listAccountMeetings.isAllowed(by: scopes) != false else {
            return try await userPage(token: token, note: "the account-wide list needs \(Self.dashboardScope)")
        }
        do {
            let page = try await client.accountLiveMeetingsPage(
                from: now.addingTimeInterval(-Self.dashboardWindow), to: now, pageToken: token)
            return Page(meetings: page.items, scope: .account, note: nil, nextPageToken: page.nextPageToken)
        } catch let error as ZoomAPIError where error.isRefusal && scope == nil {
            // No Dashboard scope after all, or a plan below Business.
            return try await userPage(token: nil, note: "the account-wide list is not available (\(error))")
        }
    }

    /// Every page of the list, followed as the client follows any list (with its page limit).
    public func list(now: Date) async throws -> Listing {
        var first: Page?
        let meetings = try await client.collectPages { token in
            let page = try await self.page(first?.scope, token: token, now: now)
            if first == nil { first = page }
            return ListPage(items: page.meetings, nextPageToken: page.nextPageToken)
        }
        return Listing(meetings: meetings, scope: first?.scope ?? .user, note: first?.note)
    }

    private func userPage(token: String?, note: String?) async throws -> Page {
        guard user.userID != nil else {
            let reason = note.map { $0.prefix(1).uppercased() + $0.dropFirst() + ". " } ?? ""
            throw ZoomAPIError.credentials(reason + ActingUser.missingExplanation)
        }
        let page = try await client.liveMeetingsPage(of: user, pageToken: token)
        return Page(meetings: page.items, scope: .user, note: note, nextPageToken: page.nextPageToken)
    }

    private static var dashboardScope: String {
        ScopeAdvice.scopeNames(Capability.listAccountMeetings.requirement)
    }
}
