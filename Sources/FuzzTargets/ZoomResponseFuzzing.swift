import Foundation
import MeetingKit
import MeetingTestSupport

/// Feeds a fuzzed answer to every ZoomClient endpoint. Input: first byte picks the status, the
/// first line (after it) is sent as `Retry-After`, the rest is the body.
enum ZoomResponseFuzzing {
    private static let statuses = [200, 200, 200, 202, 204, 400, 401, 404, 429, 500, 503]

    static func run(_ data: Data) {
        guard let selector = data.first else { return }
        let (retryAfter, body) = splitFirstLine(data.dropFirst())
        var headers = ["content-type": "application/json"]
        if !retryAfter.isEmpty { headers["retry-after"] = retryAfter }
        let response = HTTPResponse(status: statuses[Int(selector) % statuses.count], headers: headers, body: body)
        let client = ZoomClient(
            configuration: .init(
                apiBaseURL: URL(string: "http://127.0.0.1:9/v2")!,
                retry: RetryPolicy(
                    readAttempts: 2, unprocessedAttempts: 2, baseDelay: 0, maxDelay: 0, maxRateLimitWait: 1)),
            transport: CannedTransport(response: response), tokens: FixedTokenProvider(),
            clock: ManualClock(start: fuzzEpoch))
        let meeting = MeetingReference.uuid("/fuzz//uuid==")
        blockOn {
            _ = try? await client.currentUser()
            _ = try? await client.liveMeetings()
            _ = try? await client.accountLiveMeetings(
                from: Date(timeIntervalSince1970: 0), to: Date(timeIntervalSince1970: 86_400))
            _ = try? await client.liveParticipants(of: meeting, includeLeft: true)
            _ = try? await client.roomSystemDevices()
            _ = try? await client.send(.recording(.start), to: .id(85_746_065_432))
            _ = try? await client.endMeeting(meeting)
        }
        _ = RateLimitInfo(response: response, now: fuzzEpoch).description
    }
}
