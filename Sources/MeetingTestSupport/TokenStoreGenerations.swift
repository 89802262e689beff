import Foundation
import MeetingKit

/// Numbered token-store contents, written by the `MeetingTestChild` writer and checked by the
/// kill test: the generation is in the access token, the bulk in the refresh token, so that a
/// torn write cannot pass for a whole one.
public enum TokenStoreGenerations {
    /// The store content of one generation: large enough that a write takes a while.
    public static func contents(generation: Int) -> TokenStore.Contents {
        let padding = String(repeating: "p", count: 64 << 10)
        return TokenStore.Contents(
            login: StoredCredentials(
                kind: .userOAuth, accessToken: Secret("generation-\(generation)"),
                expiresAt: Date(timeIntervalSince1970: 1_800_000_000),
                scopes: .known(["meeting:read"]), refreshToken: Secret("refresh-\(generation)-\(padding)"),
                clientID: "client"))
    }

    /// The generation an access token names.
    public static func generation(_ accessToken: String) -> Int? {
        accessToken.hasPrefix("generation-") ? Int(accessToken.dropFirst("generation-".count)) : nil
    }
}
