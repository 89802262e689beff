import FoundationEssentials

extension SimulatorState {
    /// `PATCH /live_meetings/{meetingId}/events`: 202 with an empty body on success.
    ///
    /// A room-system call-out from a token without `meeting:write:admin`, `meeting:master` or
    /// `meeting:update:in_meeting_controls:admin` is answered 202 and never placed: the failure
    /// of the origin forum thread. `callouts()` records it as dropped.
    func meetingEvent(_ meeting: String, body: Data, caller: Caller, now: Date) throws(APIError) -> OutgoingResponse {
        let record = try liveMeeting(meeting)
        try requireHost(record, caller: caller)
        switch try ReceivedEvent(body: body) {
        case .recording(let action):
            try changeRecording(record, action: action)
            return .empty(202, note: "recording \(action)")
        case .invite(let contacts):
            return .empty(202, note: "invited \(contacts) contact(s)")
        case .waitingRoomUpdate(let title, let description):
            directory.update(record.ordinal) { meeting in
                if let title { meeting.waitingRoomTitle = title }
                if let description { meeting.waitingRoomDescription = description }
            }
            return .empty(202, note: "waiting room updated")
        case .aiCompanion(let action, let mode):
            return .empty(202, note: "AI Companion \(action)" + (mode.map { " (\($0))" } ?? ""))
        case .callout(let request):
            let missingAdmin =
                request.method == ReceivedEvent.roomSystemCallout && !caller.hasAny(of: Scopes.roomSystemCallout)
            let reason = "missing an admin-level scope (\(Scopes.roomSystemCallout.joined(separator: ", ")))"
            let callout = SimulatedCallout(
                meetingID: record.id, meetingUUID: record.uuid, method: request.method, callType: request.callType,
                address: request.address, toDisplayName: request.toDisplayName,
                fromDisplayName: request.fromDisplayName,
                fromURI: request.fromURI, additionalHeaders: request.additionalHeaders, clientID: caller.app.clientID,
                requestedAt: now, disposition: missingAdmin ? .dropped(reason: reason) : .accepted,
                outcome: missingAdmin ? .never(reason: "call never placed") : .ringing)
            placeCallout(callout, ordinal: record.ordinal, now: now)
            let kind = request.callType ?? "phone"
            return .empty(
                202, note: missingAdmin ? "callout dropped: \(reason)" : "callout placed: \(kind) to \(request.address)"
            )
        }
    }

    /// Applies a `recording.*` event. Without cloud recording storage (Free plan) Zoom answers 400 code 3309;
    /// a change that does not fit the recording's state is a 400 code 300, the code Zoom documents.
    private func changeRecording(_ record: MeetingRecord, action: String) throws(APIError) {
        guard configuration.plan.hasCloudRecording else {
            throw APIError(
                status: 400, code: 3309,
                message: "Unable to use cloud recording: the account has no cloud recording storage.")
        }
        let transitions: [String: (from: SimulatedMeeting.Recording, to: SimulatedMeeting.Recording, refusal: String)] =
            [
                "start": (.off, .recording, "The meeting is already being recorded."),
                "stop": (.recording, .off, "The meeting is not being recorded."),
                "pause": (.recording, .paused, "The recording is not in progress."),
                "resume": (.paused, .recording, "The recording is not paused."),
            ]
        guard let transition = transitions[action] else { return }
        let allowed = record.recording == transition.from || (action == "stop" && record.recording == .paused)
        guard allowed else { throw .invalid(transition.refusal) }
        directory.update(record.ordinal) { $0.recording = transition.to }
    }
}
