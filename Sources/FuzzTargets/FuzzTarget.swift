import Foundation

/// One libFuzzer target: a name for the command line and a function that must survive any input.
/// The same functions run in the test suite over seeds and regression inputs.
public struct FuzzTarget: Sendable {
    /// The name `meeting-fuzz <name>` and `scripts/fuzz.sh` use.
    public let name: String
    /// What the target feeds its input to.
    public let summary: String
    /// Feeds one input to the code under test. Errors are expected; only a crash is a finding.
    public let run: @Sendable (Data) -> Void

    /// Every target, in the order the fuzz script runs them.
    public static let all: [FuzzTarget] = [
        FuzzTarget(
            name: "zoom-responses",
            summary: "Zoom REST answers (status, Retry-After, body) through ZoomClient's decoders",
            run: ZoomResponseFuzzing.run),
        FuzzTarget(
            name: "oauth-responses", summary: "OAuth token, device-code and error answers through OAuthClient",
            run: OAuthResponseFuzzing.run),
        FuzzTarget(
            name: "addresses", summary: "SIP URIs, H.323 addresses, meeting IDs/UUIDs, SIP headers, Retry-After values",
            run: AddressFuzzing.run),
        FuzzTarget(
            name: "config-file", summary: "config.toml through AppConfiguration.parse",
            run: ConfigFileFuzzing.run),
        FuzzTarget(
            name: "token-store", summary: "tokens.json through TokenStore.Contents decoding",
            run: TokenStoreFuzzing.run),
    ]

    /// The target with this name.
    public static func named(_ name: String) -> FuzzTarget? {
        all.first { $0.name == name }
    }
}
