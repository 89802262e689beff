import FoundationEssentials
import Glibc

/// Where meeting-tui may send bearer tokens and client secrets. Plain `http` carries them in
/// clear, so it is accepted only to this machine (127.0.0.0/8, ::1, `localhost`: the simulator
/// and the tests), or anywhere when a test rig sets `MEETING_TUI_ALLOW_INSECURE_HTTP=1`.
/// A host that is not Zoom's (under `zoom.us`) is allowed, with a warning.
public enum EndpointPolicy {
    /// The environment variable that allows plain `http` to any host when set to `1`.
    public static let insecureOptIn = "MEETING_TUI_ALLOW_INSECURE_HTTP"

    /// Refuses `url` when it is plain `http` to a host other than this machine, unless opted in.
    /// - Parameter setting: where the URL came from (`ZOOM_API_URL`, `api_url under [zoom]`), for the message.
    public static func check(_ url: URL, setting: String, environment: [String: String]) throws(ConfigurationError) {
        guard url.scheme?.lowercased() == "http", !isLoopback(url.host ?? ""), environment[insecureOptIn] != "1" else {
            return
        }
        throw .insecureURL(setting: setting, url: url.absoluteString)
    }

    /// A warning when `url` leads neither to Zoom (a host under `zoom.us`) nor to this machine.
    public static func warning(for url: URL, setting: String) -> String? {
        let host = (url.host ?? "").lowercased()
        guard host != "zoom.us", !host.hasSuffix(".zoom.us"), !isLoopback(host) else { return nil }
        return "\(setting) points at \(host), which is not Zoom (zoom.us): the credentials go to that server"
    }

    /// Whether `host` is this machine: an IPv4 address in 127.0.0.0/8, the IPv6 address ::1, or `localhost`.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if bare.lowercased() == "localhost" { return true }
        var ipv4 = in_addr()
        if inet_pton(AF_INET, bare, &ipv4) == 1 { return UInt32(bigEndian: ipv4.s_addr) >> 24 == 127 }
        var ipv6 = in6_addr()
        guard inet_pton(AF_INET6, bare, &ipv6) == 1 else { return false }
        return withUnsafeBytes(of: &ipv6) { bytes in bytes.dropLast().allSatisfy { $0 == 0 } && bytes.last == 1 }
    }
}
