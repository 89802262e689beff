import FoundationEssentials

extension SimulatorState {
    /// The account every app belongs to.
    var accountID: String { configuration.apps.first?.accountID ?? SimulatedApp.accountLevel.accountID }

    /// Handles one REST request (the path segments after `/v2`): forced 429s, routing, the
    /// token (401 code 124), rate limits (429), scopes (400 code 4711), then the endpoint.
    /// Returns the answer and the token the request carried, if it is a known one.
    func handleAPI(_ request: IncomingRequest, segments: [String], now: Date) -> (OutgoingResponse, IssuedToken?) {
        settle(now: now)
        countAPIRequest(now: now)
        let presented = tokens.lookup(request.bearerToken)
        if let forced = rateLimiter.takeForced(method: request.method) { return (forced, presented) }
        guard let route = APIRoute(method: request.method, segments: segments, accountID: accountID) else {
            return (answer(APIError.unknownPath), presented)
        }
        let caller: IssuedToken
        switch tokens.authenticate(request.bearerToken, now: now) {
        case .success(let token): caller = token
        case .failure(let error): return (answer(error), presented)
        }
        if let limited = rateLimiter.admit(route.label, now: now) { return (limited, caller) }
        guard caller.hasAny(of: route.scopes.all) else {
            return (answer(APIError.missingScopes(route.scopes.all)), caller)
        }
        do throws(APIError) {
            return (try respond(to: route, request, caller: caller, now: now), caller)
        } catch {
            return (answer(error), caller)
        }
    }

    private func respond(to route: APIRoute, _ request: IncomingRequest, caller: Caller, now: Date) throws(APIError)
        -> OutgoingResponse
    {
        switch route {
        case .user(let id): try user(id, caller: caller)
        case .userMeetings(let userID): try userMeetings(userID, query: request.query, caller: caller, now: now)
        case .dashboardMeetings: try dashboardMeetings(query: request.query, now: now)
        case .dashboardParticipants(let meeting): try dashboardParticipants(meeting, query: request.query, now: now)
        case .meetingEvents(let meeting): try meetingEvent(meeting, body: request.body, caller: caller, now: now)
        case .meetingStatus(let meeting): try meetingStatus(meeting, body: request.body, caller: caller)
        case .meeting(let meeting): try meetingDetails(meeting, caller: caller)
        case .sipDialing(let meeting): try sipDialing(meeting, body: request.body, caller: caller)
        case .roomSystemDevices: try roomSystemDevices(query: request.query, now: now)
        }
    }

    /// The live meeting a decoded path segment names, or 404 code 3001.
    func liveMeeting(_ reference: String) throws(APIError) -> MeetingRecord {
        guard let ordinal = directory.ordinal(for: reference), let record = directory.record(ordinal) else {
            throw .meetingNotFound(reference)
        }
        return record
    }

    /// Throws 400 code 3003 unless the caller hosts the meeting or holds an account-wide scope.
    func requireHost(_ record: MeetingRecord, caller: Caller) throws(APIError) {
        guard caller.hasAny(of: Scopes.accountWide) || record.host.id == caller.app.userID else { throw .notHost }
    }

    /// Throws 400 code 200 unless the plan includes the Dashboard.
    func requireDashboard() throws(APIError) {
        guard configuration.plan.hasDashboard else { throw .dashboardNeedsBusinessPlan }
    }
}
