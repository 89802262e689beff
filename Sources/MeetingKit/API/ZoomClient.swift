import FoundationEssentials
import Logging
import PlainText

/// The Zoom REST API client: builds requests, attaches tokens, follows pagination,
/// and retries only what is safe to retry.
///
/// Retries: a 401 (code 124) gets one token renewal and one repeat; a 429 is waited out as
/// Zoom's headers say (bounded; a daily limit is reported); a GET is retried on 5xx and network
/// failure with backoff and jitter; a PATCH, PUT or POST is repeated only when Zoom certainly did
/// not process it (429, or the request never left). Every failure is thrown as `ZoomAPIError`.
public final class ZoomClient: Sendable {
    /// Where the API lives and how the client behaves.
    public struct Configuration: Sendable {
        /// `https://api.zoom.us/v2`, or a simulator's address.
        public var apiBaseURL: URL
        public var retry: RetryPolicy
        /// Items per page when listing (Zoom allows up to 300).
        public var pageSize: Int
        /// The most pages read of one list before giving up (200 pages of 300 is 60,000 items).
        public var maxPages: Int

        public init(apiBaseURL: URL, retry: RetryPolicy = RetryPolicy(), pageSize: Int = 300, maxPages: Int = 200) {
            self.apiBaseURL = apiBaseURL
            self.retry = retry
            self.pageSize = pageSize
            self.maxPages = maxPages
        }
    }

    public let configuration: Configuration
    private let transport: any HTTPTransport
    private let tokens: any TokenProvider
    private let clock: any MeetingClock
    private let logger: Logger

    public init(
        configuration: Configuration, transport: any HTTPTransport, tokens: any TokenProvider,
        clock: any MeetingClock = SystemClock(), logger: Logger = Logger(label: "meeting-tui.zoom")
    ) {
        self.configuration = configuration
        self.transport = transport
        self.tokens = tokens
        self.clock = clock
        self.logger = logger
    }

    // MARK: - Endpoints

    /// The user the token belongs to (`GET /users/me`).
    public func currentUser() async throws -> ZoomUser {
        try await user(.me)
    }

    /// A user of the account (`GET /users/{userId}`); `me` only for a user's token.
    public func user(_ who: ActingUser) async throws -> ZoomUser {
        try decode(
            ZoomUser.self,
            from: try await perform(.get, path: "/users/\(PercentEncoding.encode(try who.pathValue(), keeping: "@"))"))
    }

    /// The scheduled meetings in progress hosted by a user (`GET /users/{userId}/meetings?type=live`),
    /// all pages. Zoom leaves instant meetings out of this list.
    public func liveMeetings(of who: ActingUser = .me) async throws -> [LiveMeeting] {
        try await collectPages { token in try await self.liveMeetingsPage(of: who, pageToken: token) }
    }

    /// One page of `liveMeetings(of:)`: the first, or the one `pageToken` names.
    public func liveMeetingsPage(of who: ActingUser, pageToken: String?) async throws -> ListPage<LiveMeeting> {
        try await fetchPage(
            path: "/users/\(PercentEncoding.encode(try who.pathValue(), keeping: "@"))/meetings",
            query: [("type", "live")], itemsKey: "meetings", pageToken: pageToken)
    }

    /// Every live meeting of the account from the Dashboard (`GET /metrics/meetings?type=live`), all pages.
    /// Needs the Dashboard scope and a Business plan or higher.
    public func accountLiveMeetings(from: Date, to: Date) async throws -> [LiveMeeting] {
        try await collectPages { token in try await self.accountLiveMeetingsPage(from: from, to: to, pageToken: token) }
    }

    /// One page of `accountLiveMeetings(from:to:)`: the first, or the one `pageToken` names.
    public func accountLiveMeetingsPage(from: Date, to: Date, pageToken: String?) async throws -> ListPage<LiveMeeting>
    {
        try await fetchPage(
            path: "/metrics/meetings",
            query: [("type", "live"), ("from", ZoomDate.day(from)), ("to", ZoomDate.day(to))],
            itemsKey: "meetings", pageToken: pageToken)
    }

    /// Any meeting the token can read, live or not, instant ones too (`GET /meetings/{meetingId}`,
    /// Light label): its numeric ID, current UUID and whether it has started. 404 code 3001 when
    /// there is no such meeting.
    public func meeting(_ meeting: MeetingReference) async throws -> MeetingDetails {
        try decode(MeetingDetails.self, from: try await perform(.get, path: "/meetings/\(meeting.pathSegment)"))
    }

    /// The address a SIP room system dials to join by itself (`POST /meetings/{meetingId}/sip_dialing`),
    /// with the meeting's passcode built in when one is given.
    public func sipDialingAddress(for meeting: MeetingReference, passcode: String? = nil) async throws
        -> SIPDialingAddress
    {
        let body = try passcode.map { try ZoomRequestBody.json(SIPDialingRequest(passcode: $0)) }
        return try decode(
            SIPDialingAddress.self,
            from: try await perform(.post, path: "/meetings/\(meeting.pathSegment)/sip_dialing", body: body))
    }

    /// The participants of a live meeting from the Dashboard
    /// (`GET /metrics/meetings/{meetingId}/participants?type=live`), all pages.
    /// People who left are dropped unless `includeLeft`; the waiting room is kept and marked.
    public func liveParticipants(of meeting: MeetingReference, includeLeft: Bool = false) async throws -> [Participant]
    {
        let all: [Participant] = try await collectPages { token in
            try await self.fetchPage(
                path: "/metrics/meetings/\(meeting.pathSegment)/participants", query: [("type", "live")],
                itemsKey: "participants", pageToken: token)
        }
        return includeLeft ? all : all.filter(\.isPresent)
    }

    /// Sends an in-meeting control (`PATCH /live_meetings/{meetingId}/events`). Any 2xx is success.
    /// Note that a 2xx only means Zoom accepted the event, not that it happened.
    public func send(_ event: InMeetingEvent, to meeting: MeetingReference) async throws {
        _ = try await perform(.patch, path: "/live_meetings/\(meeting.pathSegment)/events", body: event.requestBody())
    }

    /// Ends a meeting for everyone (`PUT /meetings/{meetingId}/status` with `{"action": "end"}`).
    public func endMeeting(_ meeting: MeetingReference) async throws {
        _ = try await perform(
            .put, path: "/meetings/\(meeting.pathSegment)/status", body: Data(#"{"action":"end"}"#.utf8))
    }

    /// The account's saved H.323/SIP devices (`GET /h323/devices`), all pages.
    public func roomSystemDevices() async throws -> [H323Device] {
        try await collectPages { token in
            try await self.fetchPage(path: "/h323/devices", query: [], itemsKey: "devices", pageToken: token)
        }
    }

    // MARK: - Pagination and decoding

    /// Follows `next_page_token` through every page that `fetch` returns. Stops with an error when
    /// a token comes back a second time or the list runs past `maxPages`, so a broken or hostile
    /// server cannot keep the client fetching forever.
    func collectPages<Item>(_ fetch: (String?) async throws -> ListPage<Item>) async throws -> [Item] {
        var items: [Item] = []
        var pageToken: String?
        var seenTokens: Set<String> = []
        var pages = 0
        repeat {
            guard pages < configuration.maxPages else {
                throw ZoomAPIError.malformedResponse(
                    "the list went on past \(configuration.maxPages) pages; stopped there")
            }
            let page = try await fetch(pageToken)
            pages += 1
            items += page.items
            pageToken = page.nextPageToken
            if let token = pageToken, !seenTokens.insert(token).inserted {
                throw ZoomAPIError.malformedResponse(
                    "Zoom sent the same page token twice; the list was not read to its end")
            }
        } while pageToken != nil
        return items
    }

    private func fetchPage<Item: Decodable>(
        path: String, query: [(String, String)], itemsKey: String,
        pageToken: String?
    ) async throws -> ListPage<Item> {
        var pageQuery = query + [("page_size", String(configuration.pageSize))]
        if let pageToken { pageQuery.append(("next_page_token", pageToken)) }
        let response = try await perform(.get, path: path, query: pageQuery)
        let page = try decode(Page<Item>.self, from: response, userInfo: [Page<Item>.itemsKeyInfo: itemsKey])
        return ListPage(items: page.items, nextPageToken: page.nextPageToken.flatMap { $0.isEmpty ? nil : $0 })
    }

    private func decode<Value: Decodable>(
        _ type: Value.Type, from response: HTTPResponse,
        userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws -> Value {
        let decoder = JSONDecoder()
        decoder.userInfo = userInfo
        do {
            return try decoder.decode(type, from: response.body)
        } catch {
            throw ZoomAPIError.malformedResponse("expected JSON (\(response.body.count) bytes received)")
        }
    }

    // MARK: - Sending with retries

    /// Sends one request, renewing the token, waiting out 429s and retrying as the policy allows.
    func perform(_ method: HTTPMethod, path: String, query: [(String, String)] = [], body: Data? = nil) async throws
        -> HTTPResponse
    {
        let url = try makeURL(path: path, query: query)
        let policy = configuration.retry
        var token = try await obtainToken { try await self.tokens.currentToken() }
        var renewed = false
        var readFailures = 0
        var unprocessedRetries = 0

        while true {
            var request = HTTPRequest(
                method: method, url: url,
                headers: [
                    "Authorization": "Bearer \(token.value.exposedValue)",
                    "Accept": "application/json",
                ], body: body)
            if body != nil { request.headers["Content-Type"] = "application/json" }

            let response: HTTPResponse
            do {
                response = try await transport.send(request)
            } catch let error as TransportError {
                logger.debug("\(method.rawValue) \(path): \(error)")
                if error.certainlyNotProcessed, unprocessedRetries + 1 < policy.unprocessedAttempts {
                    unprocessedRetries += 1
                    try await clock.sleep(seconds: policy.backoff(retry: unprocessedRetries))
                    continue
                }
                if method.isIdempotentRead, readFailures + 1 < policy.readAttempts {
                    readFailures += 1
                    try await clock.sleep(seconds: policy.backoff(retry: readFailures))
                    continue
                }
                throw ZoomAPIError.transport(error)
            }
            logger.debug("\(method.rawValue) \(path) -> \(response.status)")

            switch response.status {
            case 200..<300:
                return response
            case 401 where !renewed:
                renewed = true
                token = try await obtainToken { try await self.tokens.renewToken(after: token) }
            case 429:
                let info = RateLimitInfo(response: response, now: clock.now)
                unprocessedRetries += 1
                guard !info.isDailyLimit, unprocessedRetries < policy.unprocessedAttempts else {
                    throw ZoomAPIError.rateLimited(info)
                }
                let wait = info.retryAfter ?? policy.backoff(retry: unprocessedRetries)
                guard wait <= policy.maxRateLimitWait else { throw ZoomAPIError.rateLimited(info) }
                logger.debug("\(path): rate limited (\(info)), waiting \(wait) s")
                try await clock.sleep(seconds: wait)
            case 500..<600 where method.isIdempotentRead && readFailures + 1 < policy.readAttempts:
                readFailures += 1
                try await clock.sleep(seconds: policy.backoff(retry: readFailures))
            default:
                throw ZoomErrorBody.error(from: response)
            }
        }
    }

    private func obtainToken(_ fetch: () async throws -> AccessToken) async throws -> AccessToken {
        do {
            return try await fetch()
        } catch let error as ZoomAPIError {
            throw error
        } catch {
            throw ZoomAPIError.credentials(String(describing: error))
        }
    }

    private func makeURL(path: String, query: [(String, String)]) throws -> URL {
        var text = configuration.apiBaseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        text += path
        if !query.isEmpty {
            text += "?" + PercentEncoding.form(query)
        }
        guard let url = URL(string: text) else { throw ZoomAPIError.malformedResponse("cannot form a URL for \(path)") }
        return url
    }

}

/// One page of a Zoom list: the items under an endpoint-specific key, and the next page token.
private struct Page<Item: Decodable>: Decodable {
    static var itemsKeyInfo: CodingUserInfoKey { CodingUserInfoKey(rawValue: "itemsKey")! }

    var items: [Item]
    var nextPageToken: String?

    init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: AnyKey.self)
        let key = decoder.userInfo[Self.itemsKeyInfo] as? String ?? "items"
        items = fields.lenientArray(key)
        nextPageToken = fields.string("next_page_token")
    }
}
