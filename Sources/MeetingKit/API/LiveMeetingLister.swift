import Foundation

/// Lists live meetings the best way the credentials allow: account-wide from the Dashboard when
/// its scope is granted (or unknown and it answers), otherwise the signed-in user's own.
/// Shared by `meeting-tui meetings` and the console.
public struct LiveMeetingLister: Sendable {
    /// Which list the meetings came from.
    public enum Scope: String, Sendable {
        /// Every live meeting of the account (Dashboard).
        case account
        /// Only the signed-in user's meetings.
        case user
    }

    /// The meetings and where they came from, with a note when the account-wide list was not available.
    public struct Listing: Sendable {
        public var meetings: [LiveMeeting]
        public var scope: Scope
        public var note: String?
    }

    private let client: ZoomClient
    private let scopes: GrantedScopes

    public init(client: ZoomClient, scopes: GrantedScopes) {
        self.client = client
        self.scopes = scopes
    }

    /// Fetches the list (all pages).
    public func list(now: Date) async throws -> Listing {
        guard Capability.listAccountMeetings.isAllowed(by: scopes) != false else {
            return try await userListing(note: "showing your own meetings only: the account-wide list needs dashboard_meetings:read:admin")
        }
        do {
            let meetings = try await client.accountLiveMeetings(from: now.addingTimeInterval(-86_400), to: now)
            return Listing(meetings: meetings, scope: .account, note: nil)
        } catch let error as ZoomAPIError where error.isRefusal {
            // No Dashboard scope after all, or a plan below Business.
            return try await userListing(note: "showing your own meetings only: the account-wide list is not available (\(error))")
        }
    }

    private func userListing(note: String) async throws -> Listing {
        Listing(meetings: try await client.liveMeetings(), scope: .user, note: note)
    }
}
