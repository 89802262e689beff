/// Which room each call-out of a soak dials, and how that room behaves: most answer, some never
/// do, some are busy, so that every outcome is exercised. Every call-out has an address of its own,
/// so the simulator's record of call-outs per address says exactly how often each was sent.
public struct SoakAddressPlan: Sendable {
    /// The domain of every soak room.
    public static let domain = "soak.example.com"

    /// The SIP URI of call-out number `index`.
    public static func address(_ index: Int) -> String { "sip:room-\(index)@\(domain)" }

    /// Rooms that never answer: every tenth, starting with the seventh.
    public static func isUnreachable(_ index: Int) -> Bool { index % 10 == 7 }

    /// Rooms that are busy: every tenth, starting with the ninth.
    public static func isBusy(_ index: Int) -> Bool { index % 10 == 9 }
}
