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
        // Our TOML 1.0 parser and writer for config.toml: errors with line and column, never a crash.
        .target(name: "TOML", dependencies: ["TimestampScanning"]),
        // The few String helpers FoundationEssentials lacks (trimming, case folding,
        // percent-encoding), for the client and the simulator: no ICU.
        .target(name: "PlainText"),
        // The time seam: `MeetingClock` and the wall clock, shared by MeetingKit and the simulator.
        .target(name: "Clocks"),

        // The UI-free core: models, Zoom client, auth, config, workflows.
        .target(
            name: "MeetingKit",
            dependencies: [
                "CCurl", "CurlShims", "CBuildInfo", "SHA256Digest", "Locking", "Clocks",
                .product(name: "Logging", package: "swift-log"),
                "TOML", "TimestampScanning", "PlainText",
            ],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),

        // The Zoom stand-in: a plain library with no network, driven in-process by `--demo`...
        .target(
            name: "ZoomSimulator", dependencies: ["SHA256Digest", "Locking", "PlainText", "Clocks"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // ...and served over HTTP (Hummingbird) for `zoom-sim`, the benchmarks and the tests.
        .target(
            name: "ZoomSimulatorHTTP",
            dependencies: [
                "ZoomSimulator", "Locking",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "ZoomSim",
            dependencies: [
                "ZoomSimulator", "ZoomSimulatorHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The full-screen console: state, reducer, render, and the one type that talks to ncurses.
        .target(
            name: "MeetingConsole",
            dependencies: ["MeetingKit", "Locking", "PlainText", "CNcursesw", "CursesShims"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),

        // The `meeting-tui` executable: argument parsing, subcommands, and the console entry point.
        .executableTarget(
            name: "MeetingTUI",
            dependencies: [
                "MeetingKit", "MeetingConsole", "ZoomSimulator", "Locking", "PlainText", "ProcessShims",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),

        // `meeting-bench`: the benchmarks behind `make bench` (scripts/bench.sh).
        .executableTarget(
            name: "MeetingBench",
            dependencies: [
                "MeetingKit", "MeetingConsole", "ZoomSimulator", "ZoomSimulatorHTTP", "Locking",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Hardening: the fault soak (library + `meeting-soak`) and the libFuzzer targets (library + `meeting-fuzz`).
        .target(name: "FaultSoak", dependencies: ["MeetingKit", "ZoomSimulator", "ZoomSimulatorHTTP"]),
        .executableTarget(
            name: "MeetingSoak",
            dependencies: ["FaultSoak", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "FuzzTargets", dependencies: ["MeetingKit", "MeetingTestSupport"]),
        .executableTarget(name: "MeetingFuzz", dependencies: ["FuzzTargets"]),

        // Test support, as NIOEmbedded and HummingbirdTesting: the manual clock, fixed tokens, canned and
        // answer-losing transports, temporary directories, tmux and child processes. Never part of meeting-tui.
        .target(name: "MeetingTestSupport", dependencies: ["Clocks", "Locking", "MeetingKit"]),
        // The programs tests run as child processes (a token-store writer to kill, a refreshing login).
        .executableTarget(name: "MeetingTestChild", dependencies: ["MeetingKit", "MeetingTestSupport"]),

        .testTarget(
            name: "ZoomSimulatorTests",
            dependencies: ["ZoomSimulator", "ZoomSimulatorHTTP", "MeetingTestSupport", "PlainText"]),
        .testTarget(name: "TOMLTests", dependencies: ["TOML"]),
        .testTarget(name: "TimestampScanningTests", dependencies: ["TimestampScanning"]),
        .testTarget(name: "PlainTextTests", dependencies: ["PlainText"]),
        .testTarget(
            name: "MeetingKitTests",
            dependencies: [
                "MeetingKit", "ZoomSimulator", "ZoomSimulatorHTTP", "FaultSoak", "FuzzTargets", "Locking",
                "MeetingTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "MeetingTUITests",
            dependencies: ["MeetingConsole", "MeetingKit", "ZoomSimulator", "ZoomSimulatorHTTP", "MeetingTestSupport"]
        ),
    ]
)
