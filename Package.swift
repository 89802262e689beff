// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "meeting-tui",
    products: [
        .executable(name: "meeting-tui", targets: ["MeetingTUI"]),
        .executable(name: "zoom-sim", targets: ["ZoomSim"]),
        .executable(name: "meeting-bench", targets: ["MeetingBench"]),
        .executable(name: "meeting-soak", targets: ["MeetingSoak"]),
        .executable(name: "meeting-fuzz", targets: ["MeetingFuzz"]),
        .library(name: "MeetingKit", targets: ["MeetingKit"]),
        .library(name: "ZoomSimulator", targets: ["ZoomSimulator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // System libraries and the C functions Swift cannot import directly.
        // ncursesw is linked by its module map, not through pkg-config: SwiftPM refuses pkg-config's
        // -D_DEFAULT_SOURCE with a warning on every build.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(name: "CurlShims", dependencies: ["CCurl"]),
        .target(name: "CursesShims", dependencies: ["CNcursesw"]),
        // prctl, variadic in C: marks the process non-dumpable.
        .target(name: "ProcessShims"),
        // The git commit the binary was built from (the Makefile provides it; see Makefile).
        .target(name: "CBuildInfo"),
        // SHA-256 for PKCE, shared by the OAuth client and the simulator's OAuth server.
        .target(name: "SHA256Digest"),
        // A Mutex whose hand-overs ThreadSanitizer sees (the Linux Mutex hides them in the kernel).
        .target(name: "ThreadSanitizerShims"),
        .target(name: "Locking", dependencies: ["ThreadSanitizerShims"]),
        // RFC 3339 timestamps read field by field, shared by the TOML parser and Zoom's timestamps.
        .target(name: "TimestampScanning"),
        // The one percent-encoder (RFC 3986), shared by the Zoom client and the simulator.
        .target(name: "PercentCoding"),
        // Our TOML 1.0 parser and writer for config.toml: errors with line and column, never a crash.
        .target(name: "TOML", dependencies: ["TimestampScanning"]),

        // The UI-free core: models, Zoom client, auth, config, workflows.
        .target(
            name: "MeetingKit",
            dependencies: [
                "CCurl", "CurlShims", "CBuildInfo", "SHA256Digest", "Locking",
                .product(name: "Logging", package: "swift-log"),
                "TOML", "TimestampScanning", "PercentCoding",
            ]
        ),

        // The Zoom stand-in used by the demo and the tests.
        .target(
            name: "ZoomSimulator",
            dependencies: [
                "SHA256Digest", "Locking", "PercentCoding",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "ZoomSim",
            dependencies: ["ZoomSimulator", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // The full-screen console: state, reducer, render, and the one type that talks to ncurses.
        .target(name: "MeetingConsole", dependencies: ["MeetingKit", "Locking", "CNcursesw", "CursesShims"]),

        // The `meeting-tui` executable: argument parsing, subcommands, and the console entry point.
        .executableTarget(
            name: "MeetingTUI",
            dependencies: [
                "MeetingKit", "MeetingConsole", "ZoomSimulator", "Locking", "ProcessShims",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // `meeting-bench`: the benchmarks behind `make bench` (scripts/bench.sh).
        .executableTarget(
            name: "MeetingBench",
            dependencies: [
                "MeetingKit", "MeetingConsole", "ZoomSimulator", "Locking",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Hardening: the fault soak (library + `meeting-soak`) and the libFuzzer targets (library + `meeting-fuzz`).
        .target(name: "FaultSoak", dependencies: ["MeetingKit", "ZoomSimulator"]),
        .executableTarget(
            name: "MeetingSoak",
            dependencies: ["FaultSoak", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "FuzzTargets", dependencies: ["MeetingKit", "Locking"]),
        .executableTarget(name: "MeetingFuzz", dependencies: ["FuzzTargets"]),

        .testTarget(name: "ZoomSimulatorTests", dependencies: ["ZoomSimulator", "PercentCoding"]),
        .testTarget(name: "TOMLTests", dependencies: ["TOML"]),
        .testTarget(name: "TimestampScanningTests", dependencies: ["TimestampScanning"]),
        .testTarget(name: "PercentCodingTests", dependencies: ["PercentCoding"]),
        .testTarget(
            name: "MeetingKitTests",
            dependencies: ["MeetingKit", "ZoomSimulator", "FaultSoak", "FuzzTargets", "Locking", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .testTarget(name: "MeetingTUITests", dependencies: ["MeetingConsole", "MeetingKit", "ZoomSimulator"]),
    ]
)
