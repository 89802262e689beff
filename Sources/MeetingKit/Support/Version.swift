/// The version of meeting-tui and MeetingKit: the one place it is written.
public enum MeetingKitVersion {
    /// The current release version (semantic versioning).
    public static let current = "0.1.0"
}
