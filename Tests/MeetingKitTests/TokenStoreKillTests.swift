import Foundation
import XCTest
@testable import MeetingKit

/// A process killed with SIGKILL while it replaces the token store leaves the old file or the new
/// one, never a torn one. The writer is this test bundle, run as a child (`TokenStoreWriterChild`).
final class TokenStoreKillTests: XCTestCase {
    private let kills = 12

    func testKillMidWriteLeavesAWholeStore() throws {
        let base = try makeTemporaryDirectory(self)
        let directory = ConfigDirectory(url: base.appendingPathComponent("meeting-tui"))
        let store = TokenStore(directory: directory)
        try store.save(TokenStoreWriterChild.contents(generation: 0))
        var generations: Set<Int> = [0]

        for round in 0..<kills {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["MeetingKitTests.TokenStoreWriterChild/testWriteForeverAsChild"]
            process.environment = [
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                TokenStoreWriterChild.directoryVariable: directory.url.path,
                TokenStoreWriterChild.firstGenerationVariable: String((round + 1) * 1_000_000),
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait until the child is writing (a generation of this round is stored), then a little more.
            try waitUntil { (try? store.load().login?.accessToken.exposedValue).flatMap(TokenStoreWriterChild.generation) ?? 0 > round * 1_000_000 + 1_000_000 }
            usleep(UInt32.random(in: 1_000...40_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal)

            let contents = try store.load()
            let token = try XCTUnwrap(contents.login?.accessToken.exposedValue, "the store holds no login after the kill")
            let value = try XCTUnwrap(TokenStoreWriterChild.generation(token), "the store holds no generation after the kill")
            XCTAssertEqual(contents, TokenStoreWriterChild.contents(generation: value), "the store is not exactly one write")
            generations.insert(value)
        }
        XCTAssertEqual(generations.count, kills + 1, "every round should have stored something of its own")

        // The next write clears what the killed writers left behind.
        try store.save(TokenStoreWriterChild.contents(generation: 1))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "temporary files of killed writers remain")
    }

    private func waitUntil(_ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(30)
        while !condition() {
            guard Date() < deadline else { throw XCTSkip("the writer child never wrote; the test would prove nothing") }
            usleep(2_000)
        }
    }
}

/// The child side of `TokenStoreKillTests`: rewrites the store forever until killed. Does nothing
/// unless started by that test.
final class TokenStoreWriterChild: XCTestCase {
    static let directoryVariable = "MEETINGKIT_KILL_CHILD_DIRECTORY"
    static let firstGenerationVariable = "MEETINGKIT_KILL_CHILD_FIRST"

    /// The store content of one generation: large enough that a write takes a while.
    static func contents(generation: Int) -> TokenStore.Contents {
        let padding = String(repeating: "p", count: 64 << 10)
        return TokenStore.Contents(login: StoredCredentials(
            kind: .userOAuth, accessToken: Secret("generation-\(generation)"), expiresAt: Date(timeIntervalSince1970: 1_800_000_000),
            scopes: .known(["meeting:read"]), refreshToken: Secret("refresh-\(generation)-\(padding)"), clientID: "client"))
    }

    /// The generation an access token names.
    static func generation(_ accessToken: String) -> Int? {
        accessToken.hasPrefix("generation-") ? Int(accessToken.dropFirst("generation-".count)) : nil
    }

    func testWriteForeverAsChild() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let path = environment[Self.directoryVariable], let first = Int(environment[Self.firstGenerationVariable] ?? "") else { return }
        let store = TokenStore(directory: ConfigDirectory(url: URL(fileURLWithPath: path)))
        var generation = first
        while true {
            generation += 1
            try store.save(Self.contents(generation: generation))
        }
    }
}
