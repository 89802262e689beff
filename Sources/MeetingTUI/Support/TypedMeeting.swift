import MeetingKit

/// A meeting given on the command line, checked with Zoom (`GET /meetings/{id}`) before anything
/// is sent to it: a meeting missing from the list may still be live (instant meetings never are in
/// a user's list), and "not started yet" is not "not found".
enum TypedMeeting {
    /// The meeting in progress that `reference` names, addressed by its numeric ID (a UUID is
    /// resolved first). A meeting that is not in progress ends the command (with "nothing was sent"
    /// when it was `forSending`): exit 65 when Zoom has no such meeting or the UUID is not usable,
    /// 75 when it has not started yet.
    static func live(_ reference: MeetingReference, session: Session, forSending: Bool = true) async throws
        -> MeetingReference
    {
        let token = try await session.token()
        do {
            return try await MeetingLookup(client: session.client, scopes: token.scopes).liveMeeting(reference)
                .reference
        } catch let problem as MeetingLookup.Problem {
            let status: ExitStatus = if case .notStarted = problem { .notConfirmed } else { .invalidInput }
            throw CommandFailure(description: "\(problem)" + (forSending ? "; nothing was sent" : ""), status: status)
        }
    }
}
