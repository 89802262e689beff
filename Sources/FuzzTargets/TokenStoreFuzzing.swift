import Foundation
import MeetingKit

/// Feeds a fuzzed `tokens.json` to the token store's decoder.
enum TokenStoreFuzzing {
    static func run(_ data: Data) {
        guard let contents = try? JSONDecoder().decode(TokenStore.Contents.self, from: data) else { return }
        _ = contents.login?.token
        _ = contents.serverToServer?.token
    }
}
