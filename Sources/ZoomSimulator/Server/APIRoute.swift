import PlainText

/// The REST endpoints the simulator serves under `/v2`, with their rate label and accepted scopes.
enum APIRoute: Sendable {
    case user(id: String)
    case userMeetings(userID: String)
    case dashboardMeetings
    case dashboardParticipants(meeting: String)
    case meetingEvents(meeting: String)
    case meetingStatus(meeting: String)
    case meeting(meeting: String)
    case sipDialing(meeting: String)
    case roomSystemDevices

    /// Matches a method and the raw path segments after `/v2`. Meeting segments are decoded
    /// (UUIDs that start with `/` or contain `//` arrive encoded twice).
    init?(method: String, segments: [String], accountID: String) {
        let decoded = segments.map { PercentEncoding.decode($0) ?? $0 }
        switch (method, decoded.count) {
        case ("GET", 2) where decoded[0] == "users":
            self = .user(id: decoded[1])
        case ("GET", 3) where decoded[0] == "users" && decoded[2] == "meetings":
            self = .userMeetings(userID: decoded[1])
        case ("GET", 2) where decoded[0] == "metrics" && decoded[1] == "meetings":
            self = .dashboardMeetings
        case ("GET", 4) where decoded[0] == "metrics" && decoded[1] == "meetings" && decoded[3] == "participants":
            self = .dashboardParticipants(meeting: PercentDecoding.meetingSegment(segments[2]))
        case ("PATCH", 3) where decoded[0] == "live_meetings" && decoded[2] == "events":
            self = .meetingEvents(meeting: PercentDecoding.meetingSegment(segments[1]))
        case ("PATCH", 5)
        where decoded[0] == "accounts" && decoded[1] == accountID && decoded[2] == "live_meetings"
            && decoded[4] == "events":
            self = .meetingEvents(meeting: PercentDecoding.meetingSegment(segments[3]))
        case ("PUT", 3) where decoded[0] == "meetings" && decoded[2] == "status":
            self = .meetingStatus(meeting: PercentDecoding.meetingSegment(segments[1]))
        case ("GET", 2) where decoded[0] == "meetings":
            self = .meeting(meeting: PercentDecoding.meetingSegment(segments[1]))
        case ("POST", 3) where decoded[0] == "meetings" && decoded[2] == "sip_dialing":
            self = .sipDialing(meeting: PercentDecoding.meetingSegment(segments[1]))
        case ("GET", 2) where decoded[0] == "h323" && decoded[1] == "devices":
            self = .roomSystemDevices
        default:
            return nil
        }
    }

    /// The rate-limit label Zoom gives the endpoint.
    var label: RateLimitLabel {
        switch self {
        case .user, .meetingStatus, .meeting: .light
        case .userMeetings, .meetingEvents, .roomSystemDevices, .sipDialing: .medium
        case .dashboardParticipants: .heavy
        case .dashboardMeetings: .resourceIntensive
        }
    }

    /// The scopes of which a token needs at least one (else 400 code 4711).
    var scopes: EndpointScopes {
        switch self {
        case .user: .user
        case .userMeetings: .userMeetings
        case .dashboardMeetings: .dashboardMeetings
        case .dashboardParticipants: .dashboardParticipants
        case .meetingEvents: .meetingEvents
        case .meetingStatus: .meetingStatus
        case .roomSystemDevices: .h323Devices
        case .meeting: .meeting
        case .sipDialing: .sipDialing
        }
    }
}

/// Scope sets that decide more than whether an endpoint may be called.
enum Scopes {
    /// Scopes that let the caller act on any meeting of the account, not only the ones it hosts.
    static let accountWide = EndpointScopes.meetingEvents.adminLevel + EndpointScopes.meetingStatus.adminLevel
    /// Scopes a room-system call-out really needs; with only user-level ones it is accepted and dropped.
    static let roomSystemCallout = EndpointScopes.meetingEvents.adminLevel
}
