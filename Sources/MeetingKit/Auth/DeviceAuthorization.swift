import FoundationEssentials

/// Zoom's answer to a device authorization request (`POST /oauth/devicecode`): what the operator
/// must open and type on another device, and what meeting-tui polls with meanwhile.
public struct DeviceAuthorization: Sendable, Hashable {
    /// Sent when polling; never shown.
    public var deviceCode: Secret
    /// The short code the operator types at `verificationURI`.
    public var userCode: String
    /// The page where the operator enters `userCode`.
    public var verificationURI: URL
    /// The verification address with the user code filled in, when Zoom gives one.
    public var verificationURIComplete: URL?
    /// Seconds until the device code expires.
    public var expiresIn: TimeInterval
    /// Seconds to wait between polls.
    public var interval: TimeInterval

    /// Creates an authorization from its parts.
    public init(
        deviceCode: Secret, userCode: String, verificationURI: URL, verificationURIComplete: URL?,
        expiresIn: TimeInterval, interval: TimeInterval
    ) {
        self.deviceCode = deviceCode
        self.userCode = userCode
        self.verificationURI = verificationURI
        self.verificationURIComplete = verificationURIComplete
        self.expiresIn = expiresIn
        self.interval = interval
    }

    /// Parses the device code answer; `expires_in` defaults to 900 s and `interval` to 5 s.
    static func parse(_ body: Data) throws(OAuthError) -> DeviceAuthorization {
        guard let fields = try? JSONDecoder().decode(Fields.self, from: body) else {
            throw .malformedResponse("expected a JSON object (\(body.count) bytes received)")
        }
        guard let deviceCode = fields.deviceCode, let userCode = fields.userCode,
            let verification = fields.verificationURI.flatMap(URL.init(string:))
        else {
            throw .malformedResponse("the answer lacks device_code, user_code or verification_uri")
        }
        return DeviceAuthorization(
            deviceCode: Secret(deviceCode), userCode: userCode, verificationURI: verification,
            verificationURIComplete: fields.verificationURIComplete.flatMap(URL.init(string:)),
            expiresIn: TimeInterval(fields.expiresIn ?? 900), interval: TimeInterval(max(fields.interval ?? 5, 1)))
    }

    private struct Fields: Decodable {
        var deviceCode, userCode, verificationURI, verificationURIComplete: String?
        var expiresIn, interval: Int64?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            deviceCode = container.string("device_code")
            userCode = container.string("user_code")
            verificationURI = container.string("verification_uri") ?? container.string("verification_url")
            verificationURIComplete = container.string("verification_uri_complete")
            expiresIn = container.int64("expires_in")
            interval = container.int64("interval")
        }
    }
}
