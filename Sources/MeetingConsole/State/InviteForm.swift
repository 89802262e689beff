import Foundation
import MeetingKit

/// The invite form: SIP or H.323, the address (checked as it is typed), the name the room gets
/// in the meeting, or a saved room picked from the list.
public struct InviteForm: Sendable, Hashable {
    /// The form's parts, in Tab order.
    public enum Field: Sendable, Hashable, CaseIterable {
        case callType, address, displayName, rooms
    }

    public var meeting: MeetingTarget
    public var callType: RoomSystemCallType = .sip
    public var address = ""
    public var displayName = ""
    public var focus = Field.address
    /// The highlighted saved room when `focus` is `.rooms`.
    public var roomIndex = 0

    public init(meeting: MeetingTarget) {
        self.meeting = meeting
    }

    /// The address as it will be sent, or why it cannot be.
    public var checkedAddress: Result<RoomSystemAddress, InputError> {
        do {
            return .success(try RoomSystemAddress.parse(callType: callType, input: address))
        } catch {
            return .failure(error)
        }
    }

    /// Why the address cannot be called, for the line under the field; `nil` when it can (or is still empty).
    public var addressProblem: String? {
        guard !address.isEmpty, case .failure(let error) = checkedAddress else { return nil }
        return error.reason
    }

    /// The order the form describes, or the reason it is not complete.
    public var order: Result<InviteOrder, InputError> {
        checkedAddress.map { target in
            let name = displayName.trimmingCharacters(in: .whitespaces)
            return InviteOrder(meeting: meeting, target: target, displayName: name.isEmpty ? nil : name)
        }
    }

    /// The next field in Tab order (`forward`) or the previous one; the room list is skipped when there are no rooms.
    public mutating func moveFocus(forward: Bool, hasRooms: Bool) {
        let fields = Field.allCases.filter { $0 != .rooms || hasRooms }
        let index = fields.firstIndex(of: focus) ?? 0
        focus = fields[(index + (forward ? 1 : fields.count - 1)) % fields.count]
    }
}
