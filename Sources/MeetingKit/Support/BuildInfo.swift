import CBuildInfo

/// What a binary knows about how it was built: the version and the git commit.
public enum BuildInfo {
    /// The release version, from `MeetingKitVersion.current`.
    public static let version = MeetingKitVersion.current

    /// The short git commit hash the binary was built from, with a `-dirty` suffix when the
    /// work tree had uncommitted changes; `unknown` when built without the Makefile.
    public static let commit = String(cString: buildinfo_commit())

    /// The line `meeting-tui --version` prints, e.g. `meeting-tui 0.1.0 (commit abc1234)`.
    public static let versionLine = "meeting-tui \(version) (commit \(commit))"
}
