import FoundationEssentials

extension SimulatorState {
    private struct SIPDialingBody: Encodable {
        var sipDialing: String
        var paidCrcPlanParticipant: Bool
        var participantIdentifierCode: String
        var expireIn = 7200
    }

    /// Scopes that let the caller read any meeting of the account, not only the ones it hosts.
    private static let accountWideRead = ["meeting:read:admin", "meeting:read:meeting:admin"]
    /// Scopes that let the caller get the SIP dial-in address of any meeting of the account.
    private static let accountWideSIPDialing = ["meeting:write:admin:sip_dialing"]

    /// `GET /meetings/{meetingId}`: any meeting of the account, instant or scheduled, with `status`
    /// `started` (in progress) or `waiting` (scheduled, not started); 404 code 3001 for others.
    func meetingDetails(_ meeting: String, caller: Caller) throws(APIError) -> OutgoingResponse {
        .json(try meetingItem(meeting, caller: caller, accountWide: Self.accountWideRead))
    }

    /// `POST /meetings/{meetingId}/sip_dialing` (optional body `{"passcode": "..."}`, at most 10 of
    /// the characters Zoom allows in passcodes: letters, digits, `@ - _ *`): the address a SIP device
    /// dials to join, valid 7200 s.
    func sipDialing(_ meeting: String, body: Data, caller: Caller) throws(APIError) -> OutgoingResponse {
        let item = try meetingItem(meeting, caller: caller, accountWide: Self.accountWideSIPDialing)
        var passcode = ""
        if !body.isEmpty {
            guard let object = JSONValue.object(in: body) else {
                throw .invalid("Request Body should be a valid JSON object.")
            }
            if let value = object["passcode"] {
                guard let text = value.string, text.count <= 10,
                    text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "@-_*".contains($0)) })
                else {
                    throw .validation([.init(field: "passcode", message: "Invalid field.")])
                }
                passcode = text
            }
        }
        let code = random.token(length: 24).lowercased().filter { $0.isLetter || $0.isNumber }
        let identifier = String((0..<6).map { _ in "0123456789".randomElement(using: &random)! })
        return .json(
            SIPDialingBody(
                sipDialing: "\(item.id).\(passcode.isEmpty ? "" : passcode + ".")\(code)@zoomcrc.com",
                paidCrcPlanParticipant: false, participantIdentifierCode: identifier))
    }

    /// The live or upcoming meeting a decoded path segment names, as `GET /meetings/{meetingId}`
    /// writes it, when the caller hosts it or holds one of `accountWide`; 404 code 3001 when there
    /// is none, 400 code 3003 when it is someone else's.
    private func meetingItem(_ reference: String, caller: Caller, accountWide: [String]) throws(APIError) -> MeetingItem
    {
        let item: MeetingItem
        if let ordinal = directory.ordinal(for: reference), let record = directory.record(ordinal) {
            item = record.item(detailed: true)
        } else if let upcoming = directory.upcomingMeeting(reference) {
            item = upcoming.item(hostEmail: directory.user(upcoming.hostID)?.email ?? "")
        } else {
            throw .meetingNotFound(reference)
        }
        guard caller.hasAny(of: accountWide) || item.hostId == caller.app.userID else { throw .notHost }
        return item
    }
}
