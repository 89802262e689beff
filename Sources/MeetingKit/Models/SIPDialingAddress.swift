import FoundationEssentials

/// The address a SIP room system dials to join a meeting by itself, from
/// `POST /meetings/{meetingId}/sip_dialing`. Needs only a user-level scope, so an app that cannot
/// call a room out can still hand the room this address.
public struct SIPDialingAddress: Hashable, Sendable, Decodable {
    /// The URI to dial, such as `9678722567.xxxx@zoomcrc.com`.
    public var uri: String
    /// Whether the call counts as a participant of the account's paid Cloud Room Connector plan.
    public var paidCRCPlanParticipant: Bool?
    /// The code that identifies the participant, when Zoom gives one.
    public var participantIdentifierCode: String?
    /// Seconds the address stays valid (Zoom says 7200).
    public var expiresIn: TimeInterval?

    public init(
        uri: String, paidCRCPlanParticipant: Bool? = nil, participantIdentifierCode: String? = nil,
        expiresIn: TimeInterval? = nil
    ) {
        self.uri = uri
        self.paidCRCPlanParticipant = paidCRCPlanParticipant
        self.participantIdentifierCode = participantIdentifierCode
        self.expiresIn = expiresIn
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: AnyKey.self)
        guard let uri = fields.string("sip_dialing"), !uri.isEmpty else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "no sip_dialing address"))
        }
        self.init(
            uri: uri, paidCRCPlanParticipant: fields.bool("paid_crc_plan_participant"),
            participantIdentifierCode: fields.string("participant_identifier_code"),
            expiresIn: fields.int64("expire_in").map(TimeInterval.init))
    }

    /// When the address stops working, for an address received at `received`; `nil` when Zoom gave no lifetime.
    public func expiry(receivedAt received: Date) -> Date? {
        expiresIn.map { received.addingTimeInterval($0) }
    }

    /// "valid for 2 h, until 20:31 UTC", for an address received at `received`; `nil` when Zoom gave no lifetime.
    public func validity(receivedAt received: Date) -> String? {
        guard let expiresIn, let expiry = expiry(receivedAt: received) else { return nil }
        return "valid for \(DurationText.spoken(expiresIn)), until \(ZoomDate.timeOfDay(expiry)) UTC"
    }
}
