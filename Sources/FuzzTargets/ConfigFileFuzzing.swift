import Foundation
import MeetingKit

/// Feeds a fuzzed `config.toml` to the configuration parser.
enum ConfigFileFuzzing {
    static func run(_ data: Data) {
        _ = try? AppConfiguration.parse(String(decoding: data, as: UTF8.self), path: "fuzz.toml")
    }
}
