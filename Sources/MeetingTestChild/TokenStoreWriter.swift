import Foundation
import MeetingKit
import MeetingTestSupport

/// The writer of the token-store kill test: rewrites the store with ever newer generations until killed.
struct TokenStoreWriter {
    let directory: URL

    func writeForever(from first: Int) throws {
        let store = TokenStore(directory: ConfigDirectory(url: directory))
        var generation = first
        while true {
            generation += 1
            try store.save(TokenStoreGenerations.contents(generation: generation))
        }
    }
}
