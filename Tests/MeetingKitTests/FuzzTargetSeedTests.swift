import Foundation
import FuzzTargets
import XCTest
import ZoomSimulator

/// Runs every libFuzzer target over its seed corpus, every saved crash input, and a few thousand
/// random mutations of the seeds: the short version of `scripts/fuzz.sh`, and the regression tests
/// of whatever the fuzzers found.
final class FuzzTargetSeedTests: XCTestCase {
    /// `Fuzz/corpus/<target>/` and `Fuzz/regressions/<target>/` in the package.
    private static let fuzzDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Fuzz")

    private func inputs(_ kind: String, _ target: FuzzTarget) throws -> [Data] {
        let directory = Self.fuzzDirectory.appendingPathComponent(kind).appendingPathComponent(target.name)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return try names.sorted().map { try Data(contentsOf: directory.appendingPathComponent($0)) }
    }

    func testEveryTargetHasSeeds() throws {
        for target in FuzzTarget.all {
            XCTAssertFalse(try inputs("corpus", target).isEmpty, "no seeds for \(target.name)")
        }
    }

    /// The seed of the mutations: `FUZZ_SEED` when set (to replay a failure), else a new one, printed.
    private static var mutationSeed: UInt64 {
        ProcessInfo.processInfo.environment["FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: .min ... .max)
    }

    func testSeedsRegressionsAndMutationsRunWithoutCrashing() throws {
        let seed = Self.mutationSeed
        print("FuzzTargetSeedTests: mutation seed \(seed) (FUZZ_SEED=\(seed) replays this run)")
        var random = SeededGenerator(seed: seed)
        for target in FuzzTarget.all {
            let seeds = try inputs("corpus", target)
            for input in seeds + (try inputs("regressions", target)) { target.run(input) }
            for _ in 0..<500 {
                guard var input = seeds.randomElement(using: &random) else { break }
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    let position = input.isEmpty ? 0 : Int.random(in: 0..<input.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0 where !input.isEmpty: input[position] = UInt8.random(in: .min ... .max, using: &random)
                    case 1: input.insert(UInt8.random(in: .min ... .max, using: &random), at: position)
                    default: if !input.isEmpty { input.remove(at: position) }
                    }
                }
                target.run(input)
            }
        }
    }
}
