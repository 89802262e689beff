/// Operator input that cannot be sent to Zoom, with the reason in plain words.
/// Nothing is sent when one of these is thrown.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case meeting(String, reason: String)
    case sipAddress(String, reason: String)
    case h323Address(String, reason: String)
    case phoneNumber(String, reason: String)
    case sipHeader(String, reason: String)
    case other(String)

    /// What was wrong, in a sentence for the operator.
    public var description: String {
        switch self {
        case .meeting(let input, let reason): return "invalid meeting ID \(Self.quote(input)): \(reason)"
        case .sipAddress(let input, let reason): return "invalid SIP address \(Self.quote(input)): \(reason)"
        case .h323Address(let input, let reason): return "invalid H.323 address \(Self.quote(input)): \(reason)"
        case .phoneNumber(let input, let reason): return "invalid phone number \(Self.quote(input)): \(reason)"
        case .sipHeader(let input, let reason): return "invalid SIP header \(Self.quote(input)): \(reason)"
        case .other(let message): return message
        }
    }

    /// The reason alone, for an input field that already shows what was typed.
    public var reason: String {
        switch self {
        case .meeting(_, let reason), .sipAddress(_, let reason), .h323Address(_, let reason),
            .phoneNumber(_, let reason), .sipHeader(_, let reason):
            return reason
        case .other(let message):
            return message
        }
    }

    private static func quote(_ input: String) -> String {
        let shown = input.count > 80 ? String(input.prefix(77)) + "..." : input
        return "\"\(shown)\""
    }
}
