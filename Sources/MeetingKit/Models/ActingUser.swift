import PlainText

/// The Zoom user a request about "my" meetings names: whose own live meetings are listed when the
/// Dashboard is not available, and who the console shows as signed in.
///
/// A user's token uses `me`. A Server-to-Server token has no user of its own (Zoom: "you must
/// provide a userId or email"), so it never uses `me`: it names the account user given in the
/// config file (`[zoom] user`), `ZOOM_USER` or `--user`, and is refused clearly without one.
public struct ActingUser: Sendable, Hashable {
    /// The user ID or email for request paths; `nil` when a Server-to-Server token has none.
    public let userID: String?

    /// The user for credentials from `source`: `configured` when given, else `me` for anything but
    /// a Server-to-Server app.
    public init(source: CredentialSource, configured: String?) {
        let named = configured?.trimmingSpaces()
        if let named, !named.isEmpty {
            userID = named
        } else {
            userID = source == .serverToServer ? nil : "me"
        }
    }

    /// `me`: the user the token belongs to.
    public static let me = ActingUser(source: .userOAuth, configured: nil)

    /// The path value, or the explanation of what to set when there is none.
    public func pathValue() throws(ZoomAPIError) -> String {
        guard let userID else { throw .credentials(Self.missingExplanation) }
        return userID
    }

    /// Why a Server-to-Server app cannot list "my" meetings or show who is signed in, and the fix.
    public static let missingExplanation =
        "A Server-to-Server app has no user of its own, so Zoom does not accept \"me\" from it: "
        + "name the account user whose meetings to use with `user = \"you@example.com\"` under [zoom] in config.toml, "
        + "ZOOM_USER, or --user (an email or a user ID)."
}
