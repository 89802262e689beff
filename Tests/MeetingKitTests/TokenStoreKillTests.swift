import Foundation
import MeetingTestSupport
import XCTest

@testable import MeetingKit

/// A process killed with SIGKILL while it replaces the token store leaves the old file or the new
/// one, never a torn one. The writer is `MeetingTestChild write-token-store-forever`.
final class TokenStoreKillTests: XCTestCase {
    private let kills = 12

    func testKillMidWriteLeavesAWholeStore() throws {
        let base = try makeTemporaryDirectory(self)
        let directory = ConfigDirectory(url: base.appendingPathComponent("meeting-tui"))
        let store = TokenStore(directory: directory)
        try store.save(TokenStoreGenerations.contents(generation: 0))
        var generations: Set<Int> = [0]

        for round in 0..<kills {
            let first = (round + 1) * 1_000_000
            let writer = try ChildProcess(
                ChildProcess.built("MeetingTestChild"),
                ["write-token-store-forever", directory.url.path, String(first)],
                environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"], outputIn: base)
            // Wait until the child is writing (a generation of this round is stored), then a little more.
            let writing = waitUntil {
                (try? store.load().login?.accessToken.exposedValue).flatMap(TokenStoreGenerations.generation) ?? 0
                    > first
            }
            guard writing else {
                writer.kill()
                let exit = try writer.waitForExit()
                return XCTFail(
                    "the writer child never wrote, so the test proves nothing; it printed:\n\(exit.stdout)\(exit.stderr)"
                )
            }
            usleep(UInt32.random(in: 1_000...40_000))
            writer.kill()
            let exit = try writer.waitForExit()
            XCTAssertTrue(exit.signalled, "the writer ended by itself: \(exit.stderr)")

            let contents = try store.load()
            let token = try XCTUnwrap(
                contents.login?.accessToken.exposedValue, "the store holds no login after the kill")
            let value = try XCTUnwrap(
                TokenStoreGenerations.generation(token), "the store holds no generation after the kill")
            XCTAssertEqual(
                contents, TokenStoreGenerations.contents(generation: value), "the store is not exactly one write")
            generations.insert(value)
        }
        XCTAssertEqual(generations.count, kills + 1, "every round should have stored something of its own")

        // The next write clears what the killed writers left behind.
        try store.save(TokenStoreGenerations.contents(generation: 1))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).filter {
            $0.hasSuffix(".tmp")
        }
        XCTAssertEqual(leftovers, [], "temporary files of killed writers remain")
    }

    /// Whether `condition` held within 30 s of wall time (the child has to start and write).
    private func waitUntil(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while !condition() {
            guard Date() < deadline else { return false }
            usleep(2_000)
        }
        return true
    }
}
