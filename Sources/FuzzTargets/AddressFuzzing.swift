import Foundation
import MeetingKit

/// Feeds fuzzed operator input to every address and identifier parser.
enum AddressFuzzing {
    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        _ = try? SIPURI(parsing: text).description
        _ = try? H323Address(parsing: text).description
        _ = try? MeetingReference(parsing: text).pathSegment
        _ = MeetingReference.uuid(text).pathSegment
        _ = try? RoomSystemAddress.parse(callType: .sip, input: text)
        _ = try? RoomSystemAddress.parse(callType: .h323, input: text)
        _ = try? CalloutDetails.header(parsing: text)
        _ = try? CalloutDetails.fromURI(text)
        _ = try? CalloutDetails.displayName(text)
        _ = try? PhoneNumber(parsing: text)
        _ = RateLimitInfo.parseRetryAfter(text, now: fuzzEpoch)
        _ = try? JSONDecoder().decode(MeetingReference.self, from: data)
        _ = try? JSONDecoder().decode(RoomSystemAddress.self, from: data)
    }
}
