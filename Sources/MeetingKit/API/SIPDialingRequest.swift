/// The body of `POST /meetings/{meetingId}/sip_dialing` when the meeting's passcode is to be built
/// into the address: `{"passcode": "..."}`.
struct SIPDialingRequest: Encodable {
    let passcode: String
}
