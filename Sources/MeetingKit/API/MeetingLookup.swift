import FoundationEssentials

/// Checks a meeting the operator typed, with `GET /meetings/{meetingId}` (Light label), before
/// anything is done with it: the user's own list leaves instant meetings out, so a meeting that
/// is not in the list may still be live. Tells "in progress", "not started yet" and "not found"
/// apart, and turns a typed UUID into the numeric ID the in-meeting endpoints take.
public struct MeetingLookup: Sendable {
    /// What Zoom said about a typed meeting.
    public enum Finding: Sendable, Equatable {
        /// In progress (`status: started`).
        case started(MeetingDetails)
        /// Scheduled, not started yet (`status: waiting`).
        case notStarted(MeetingDetails)
        /// No such meeting (404, code 3001: it does not exist or has ended), with Zoom's words.
        case notFound(zoomSaid: String?)
        /// The credentials may not read the meeting's details, so it could not be checked.
        case unchecked(reason: String)
    }

    /// Why a typed meeting cannot be acted on. Nothing was sent to it.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case notFound(MeetingReference, zoomSaid: String?)
        case notStarted(MeetingDetails)
        /// The UUID names an earlier instance; the in-meeting endpoints act on the current one.
        case earlierInstance(uuid: String, current: MeetingDetails)
        /// A UUID that could not be looked up, for an endpoint that takes the numeric ID.
        case unresolvedUUID(String, reason: String)

        public var description: String {
            switch self {
            case .notFound(let reference, let zoomSaid):
                let words = zoomSaid.map { "; Zoom said: \(TerminalText.escaped($0))" } ?? ""
                return "Zoom has no meeting \(reference) (code 3001: it does not exist or has ended\(words))"
            case .notStarted(let details):
                return
                    "meeting \(details.label) has not started yet (Zoom says \"waiting\"); try again once the host starts it"
            case .earlierInstance(let uuid, let current):
                return
                    "\(uuid) is an earlier instance of meeting \(current.label); in-meeting controls act on the meeting "
                    + "in progress: give its ID, \(MeetingReference.grouped(current.id))"
            case .unresolvedUUID(let uuid, let reason):
                return
                    "in-meeting controls take the numeric meeting ID, and the UUID \(uuid) could not be looked up (\(reason)): "
                    + "give the meeting ID instead"
            }
        }

    }

    private let client: ZoomClient
    private let scopes: GrantedScopes

    public init(client: ZoomClient, scopes: GrantedScopes) {
        self.client = client
        self.scopes = scopes
    }

    /// Asks Zoom about the meeting (unless the token certainly may not read it).
    public func check(_ reference: MeetingReference) async throws -> Finding {
        guard Capability.readMeeting.isAllowed(by: scopes) != false else {
            return .unchecked(reason: "the token lacks \(ScopeAdvice.scopeNames(Capability.readMeeting.requirement))")
        }
        do {
            let details = try await client.meeting(reference)
            return details.isStarted ? .started(details) : .notStarted(details)
        } catch let error as ZoomAPIError {
            switch error {
            case .zoom(404, _, let message), .zoom(_, 3001, let message):
                return .notFound(zoomSaid: message.isEmpty ? nil : message)
            case _ where error.isRefusal: return .unchecked(reason: error.description)
            default: throw error
            }
        }
    }

    /// The meeting in progress that `reference` names, as the in-meeting endpoints address it:
    /// its numeric ID (a UUID is resolved to it), and what Zoom said of it when it could be checked.
    /// Throws `Problem` when it is not in progress, and a `ZoomAPIError` when Zoom could not be asked.
    public func liveMeeting(_ reference: MeetingReference) async throws -> (
        reference: MeetingReference, details: MeetingDetails?
    ) {
        switch try await check(reference) {
        case .started(let details):
            return (try Self.inProgress(reference, details: details), details)
        case .notStarted(let details):
            throw Problem.notStarted(details)
        case .notFound(let zoomSaid):
            throw Problem.notFound(reference, zoomSaid: zoomSaid)
        case .unchecked(let reason):
            if case .uuid(let uuid) = reference { throw Problem.unresolvedUUID(uuid, reason: reason) }
            return (reference, nil)
        }
    }

    /// The reference the in-meeting endpoints take for a meeting Zoom says is in progress: its
    /// numeric ID. Throws `Problem.earlierInstance` when `reference` is the UUID of an earlier instance.
    static func inProgress(_ reference: MeetingReference, details: MeetingDetails) throws -> MeetingReference {
        if case .uuid(let uuid) = reference, !details.uuid.isEmpty, details.uuid != uuid {
            throw Problem.earlierInstance(uuid: uuid, current: details)
        }
        return .id(details.id)
    }
}
