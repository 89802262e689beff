import FoundationEssentials
import SHA256Digest

/// A PKCE pair (RFC 7636, method S256): the verifier stays with meeting-tui until the code
/// exchange; the challenge goes to Zoom in the authorize URL.
public struct PKCE: Sendable, Hashable {
    /// 43 to 128 characters from the unreserved set; sent only with the code exchange.
    public let verifier: Secret
    /// `BASE64URL(SHA256(verifier))` without padding.
    public let challenge: String
    /// Always `S256`.
    public let method = "S256"

    /// A new pair with a verifier made of 32 random bytes (43 characters).
    public init() {
        var generator = SystemRandomNumberGenerator()
        self.init(verifier: Self.randomToken(byteCount: 32, using: &generator))
    }

    /// The pair for a given verifier.
    public init(verifier: String) {
        self.verifier = Secret(verifier)
        challenge = Self.base64URL(SHA256.digest(Array(verifier.utf8)))
    }

    /// A random URL-safe string carrying `byteCount` random bytes; also used for the OAuth `state`.
    public static func randomToken(byteCount: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return randomToken(byteCount: byteCount, using: &generator)
    }

    private static func randomToken(byteCount: Int, using generator: inout SystemRandomNumberGenerator) -> String {
        base64URL((0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// Base64 with the URL-safe alphabet and no padding.
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacing("+", with: "-")
            .replacing("/", with: "_")
            .replacing("=", with: "")
    }
}
