/// The child was started with arguments it does not know.
struct ChildUsageError: Error, CustomStringConvertible {
    var description: String {
        "usage: MeetingTestChild write-token-store-forever DIRECTORY FIRST-GENERATION | refresh-login ROUNDS API-URL"
    }
}
