/// The version of MeetingKit and the `meeting-tui` tool built from it.
public enum MeetingKitVersion {
    /// The released version number, sent in the `User-Agent` header and shown by `--version`.
    public static let current = "0.1.0"
}
