import Foundation
import MeetingKit
import MeetingTestSupport

/// Feeds a fuzzed answer to the OAuth client: token grants, refreshes, device codes and device polling.
/// Input: first byte picks the status, the rest is the body.
enum OAuthResponseFuzzing {
    private static let statuses = [200, 200, 200, 400, 401, 403, 429, 500]

    static func run(_ data: Data) {
        guard let selector = data.first else { return }
        let response = HTTPResponse(
            status: statuses[Int(selector) % statuses.count], headers: ["content-type": "application/json"],
            body: Data(data.dropFirst()))
        let oauth = OAuthClient(
            baseURL: URL(string: "http://127.0.0.1:9")!, transport: CannedTransport(response: response),
            clock: ManualClock(start: fuzzEpoch))
        let client = OAuthClientCredentials(clientID: "fuzz-client", clientSecret: Secret("fuzz-secret"))
        blockOn {
            _ = try? await oauth.serverToServerToken(
                accountID: "account", clientID: client.clientID, clientSecret: Secret("fuzz-secret"))
            _ = try? await oauth.refresh(Secret("fuzz-refresh"), client: client)
            _ = try? await oauth.requestDeviceAuthorization(client: client)
            let pending = DeviceAuthorization(
                deviceCode: Secret("fuzz-device"), userCode: "ABCD",
                verificationURI: URL(string: "https://zoom.us/oauth_device")!,
                verificationURIComplete: nil, expiresIn: 30, interval: 5)
            _ = try? await oauth.waitForDeviceApproval(pending, client: client)
        }
    }
}
