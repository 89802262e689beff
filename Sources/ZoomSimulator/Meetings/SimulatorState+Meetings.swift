import FoundationEssentials

extension SimulatorState {
    private struct UserMeetingsPage: Encodable {
        var pageSize: Int
        var totalRecords: Int
        var nextPageToken: String
        var meetings: [MeetingItem]
    }

    private struct DashboardMeetingItem: Encodable {
        var uuid: String
        var id: Int64
        var topic: String
        var host: String
        var email: String
        var userType = "Licensed"
        var startTime: String
        var duration: String
        var participants: Int
        var hasPstn = false
        var hasVoip = true
        var hasVideo = true
        var hasScreenShare: Bool
        var hasRecording: Bool
        var hasSip: Bool
        var hasArchiving = false
        var inRoomParticipants = 0
    }

    private struct DashboardMeetingsPage: Encodable {
        var from: String
        var to: String
        var pageCount: Int
        var pageSize: Int
        var totalRecords: Int
        var nextPageToken: String
        var meetings: [DashboardMeetingItem]
    }

    /// One telephone leg of a participant, as Zoom lists it in `audio_call`.
    private struct AudioCallItem: Encodable {
        var callNumber: String
        var callType = "call-out"
        var zoomNumber = "+16465588656"
    }

    private struct ParticipantItem: Encodable {
        var id: String
        var participantUserId: String
        var userId: String
        var participantUuid: String
        var userName: String
        var device: String
        var ipAddress: String?
        var location: String?
        var networkType: String
        var dataCenter = "US (SC)"
        var connectionType = "UDP"
        var joinTime: String
        var leaveTime: String?
        var leaveReason: String?
        var status: String
        var email: String?
        var sipUri: String?
        var fromSipUri: String?
        var audioCall: [AudioCallItem]
        var inRoomParticipants: Int?
        var pcName: String?
    }

    private struct ParticipantsPage: Encodable {
        var pageCount: Int
        var pageSize: Int
        var totalRecords: Int
        var nextPageToken: String
        var participants: [ParticipantItem]
    }

    private struct DeviceItem: Encodable {
        var id: String
        var name: String
        var `protocol`: String
        var ip: String
        var encryption: String
    }

    private struct DevicesPage: Encodable {
        var pageSize: Int
        var totalRecords: Int
        var nextPageToken: String
        var devices: [DeviceItem]
    }

    /// The account's saved room systems.
    private static let savedDevices = [
        DeviceItem(
            id: "sim-dev-boardroom", name: "Board Room", protocol: "SIP", ip: RosterGenerator.roomSystemURI,
            encryption: "auto"),
        DeviceItem(id: "sim-dev-lab", name: "Lab codec", protocol: "H.323", ip: "192.0.2.10", encryption: "no"),
        DeviceItem(
            id: "sim-dev-huddle", name: "Huddle 3 (東京)", protocol: "SIP", ip: "sip:huddle3@rooms.sim.example.com",
            encryption: "yes"),
    ]

    /// `GET /users/{userId}/meetings?type=...`. The list "only supports scheduled meetings": an
    /// instant meeting in progress is never in it. `live` lists the user's scheduled meetings in
    /// progress; `scheduled` and `upcoming` add those that have not started; past types list nothing.
    func userMeetings(_ userID: String, query: [String: String], caller: Caller, now: Date) throws(APIError)
        -> OutgoingResponse
    {
        let user = try resolveUser(userID, caller: caller, adminScopes: EndpointScopes.userMeetings.adminLevel)
        let type = query["type"] ?? "scheduled"
        let types = ["scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings"]
        guard types.contains(type) else { throw .validation([.init(field: "type", message: "Invalid field.")]) }
        let started =
            type == "previous_meetings"
            ? []
            : directory.ordinals(hostedBy: user.id).compactMap { directory.record($0) }
                .filter { $0.kind == .scheduled }
                .map { $0.item(detailed: false) }
        let notStarted =
            ["scheduled", "upcoming", "upcoming_meetings"].contains(type)
            ? directory.upcoming.filter { $0.hostID == user.id }.map { $0.item() } : []
        let listed = started + notStarted
        let slice = try pages.page(
            of: listed.count, list: "meetings:\(user.id):\(type)", query: query, now: now, random: &random)
        let items = Array(listed[slice.range])
        return .json(
            UserMeetingsPage(
                pageSize: slice.pageSize, totalRecords: slice.totalRecords,
                nextPageToken: slice.nextPageToken, meetings: items))
    }

    /// `GET /metrics/meetings?type=live&from=&to=`: the account's meetings from the Dashboard.
    func dashboardMeetings(query: [String: String], now: Date) throws(APIError) -> OutgoingResponse {
        try requireDashboard()
        let type = query["type"] ?? "live"
        guard ["live", "past", "pastOne"].contains(type) else {
            throw .validation([.init(field: "type", message: "Invalid field.")])
        }
        guard let from = query["from"], let to = query["to"], let fromDay = ZoomTimestamp.parseDashboardDate(from),
            let toDay = ZoomTimestamp.parseDashboardDate(to), fromDay <= toDay
        else {
            throw .validation([
                .init(
                    field: "from",
                    message: "from and to are required dates (yyyy-MM-dd or yyyy-MM-dd HH:mm:ss), from not after to.")
            ])
        }
        let ordinals = type == "live" ? directory.liveOrdinals : []
        let slice = try pages.page(of: ordinals.count, list: "metrics:\(type)", query: query, now: now, random: &random)
        let items = ordinals[slice.range].compactMap { directory.record($0) }.map { record in
            DashboardMeetingItem(
                uuid: record.uuid, id: record.id, topic: record.topic, host: record.host.displayName,
                email: record.host.email, startTime: ZoomTimestamp.string(record.startTime),
                duration: ZoomTimestamp.duration(now.timeIntervalSince(record.startTime)),
                participants: record.presentCount, hasScreenShare: record.ordinal % 3 == 0,
                hasRecording: record.recording != .off, hasSip: record.hasRoomSystem)
        }
        return .json(
            DashboardMeetingsPage(
                from: from, to: to, pageCount: slice.pageCount, pageSize: slice.pageSize,
                totalRecords: slice.totalRecords, nextPageToken: slice.nextPageToken, meetings: items))
    }

    /// `GET /metrics/meetings/{meetingId}/participants?type=live`: everyone who joined, including those who left.
    func dashboardParticipants(_ meeting: String, query: [String: String], now: Date) throws(APIError)
        -> OutgoingResponse
    {
        try requireDashboard()
        let record = try liveMeeting(meeting)
        let roster = directory.participants(of: record.ordinal)
        let slice = try pages.page(
            of: roster.count, list: "participants:\(record.uuid)", query: query, now: now, random: &random)
        let items = roster[slice.range].map { person in
            let isDevice =
                person.device == SimulatedParticipant.roomSystemDevice
                || person.device == SimulatedParticipant.phoneDevice
            return ParticipantItem(
                id: person.accountUserID ?? "", participantUserId: person.accountUserID ?? "", userId: person.userID,
                participantUuid: person.participantUUID, userName: person.name,
                device: person.device, ipAddress: person.ipAddress, location: person.location,
                networkType: isDevice ? "Wired" : "Wifi",
                joinTime: ZoomTimestamp.string(person.joinTime), leaveTime: person.leaveTime.map(ZoomTimestamp.string),
                leaveReason: person.leaveReason, status: person.status.rawValue, email: person.email,
                sipUri: person.sipURI,
                fromSipUri: person.fromSIPURI,
                audioCall: person.callNumber.map { [AudioCallItem(callNumber: $0)] } ?? [],
                inRoomParticipants: person.inRoomParticipants, pcName: isDevice ? nil : "\(person.device)-PC")
        }
        return .json(
            ParticipantsPage(
                pageCount: slice.pageCount, pageSize: slice.pageSize, totalRecords: slice.totalRecords,
                nextPageToken: slice.nextPageToken, participants: items))
    }

    /// `PUT /meetings/{meetingId}/status` with `{"action": "end"}`: 204, and the meeting is gone.
    func meetingStatus(_ meeting: String, body: Data, caller: Caller) throws(APIError) -> OutgoingResponse {
        let record = try liveMeeting(meeting)
        try requireHost(record, caller: caller)
        guard let object = JSONValue.object(in: body) else {
            throw .invalid("Request Body should be a valid JSON object.")
        }
        guard object["action"]?.string == "end" else {
            throw .validation([.init(field: "action", message: "Only \"end\" applies to a meeting in progress.")])
        }
        directory.end(record.ordinal)
        return .empty(204, note: "meeting \(record.id) ended")
    }

    /// `GET /h323/devices`: the saved room systems.
    func roomSystemDevices(query: [String: String], now: Date) throws(APIError) -> OutgoingResponse {
        let devices = Self.savedDevices
        let slice = try pages.page(of: devices.count, list: "h323", query: query, now: now, random: &random)
        return .json(
            DevicesPage(
                pageSize: slice.pageSize, totalRecords: slice.totalRecords, nextPageToken: slice.nextPageToken,
                devices: Array(devices[slice.range])))
    }
}
