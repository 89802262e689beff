import FoundationEssentials
import SHA256Digest

/// Proof Key for Code Exchange (RFC 7636): checks a `code_verifier` against an `S256` `code_challenge`.
enum PKCE {
    /// Whether `verifier` hashes to `challenge` (base64url of SHA-256, no padding).
    static func verify(verifier: String, challenge: String) -> Bool {
        challengeS256(verifier) == challenge
    }

    /// The `S256` challenge for a verifier.
    static func challengeS256(_ verifier: String) -> String {
        Data(SHA256.digest(Array(verifier.utf8))).base64EncodedString()
            .replacing("+", with: "-")
            .replacing("/", with: "_")
            .replacing("=", with: "")
    }
}
