/// The views that have their own keys.
enum Screen: String, Sendable, Hashable, CaseIterable {
    case meetings
    case participants
    case help
}
