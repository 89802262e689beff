import Foundation
import MeetingKit

/// Feeds a fuzzed `tokens.json` to the token store's decoder.
enum TokenStoreFuzzing {
    static func run(_ data: Data) {
        guard let contents = try? JSONDecoder().decode(TokenStore.Contents.self, from: data) else { return }
        for credentials in [contents.login, contents.serverToServer].compactMap({ $0 }) {
            _ = credentials.token
            // What `doctor` and the console's status bar do with the expiry.
            if let expiry = credentials.expiresAt {
                _ = (ZoomDate.format(expiry), Int(expiry.timeIntervalSinceNow / 60))
            }
        }
    }
}
