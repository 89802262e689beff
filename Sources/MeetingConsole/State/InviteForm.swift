import MeetingKit
import PlainText

/// The invite form: SIP or H.323, the address and the name the room gets in the meeting (both
/// checked as they are typed, with the same functions as `meeting-tui invite`), or a saved room
/// picked from the list, or several saved rooms marked with Space and called in one go.
struct InviteForm: Sendable, Hashable {
    /// The form's parts, in Tab order.
    enum Field: Sendable, Hashable, CaseIterable {
        case callType, address, displayName, rooms
    }

    var meeting: MeetingTarget
    var callType: RoomSystemCallType = .sip
    var address = ""
    var displayName = ""
    var focus = Field.address
    /// The highlighted saved room when `focus` is `.rooms`.
    var roomIndex = 0
    /// The saved rooms marked with Space (indices into the saved rooms), called together on Enter.
    var marked: Set<Int> = []

    init(meeting: MeetingTarget) {
        self.meeting = meeting
    }

    /// The address as it will be sent, or why it cannot be.
    var checkedAddress: Result<RoomSystemAddress, InputError> {
        do {
            return .success(try RoomSystemAddress.parse(callType: callType, input: address))
        } catch {
            return .failure(error)
        }
    }

    /// Why the address cannot be called, for the line under the field; `nil` when it can (or is still empty).
    var addressProblem: String? {
        guard !address.isEmpty, case .failure(let error) = checkedAddress else { return nil }
        return error.reason
    }

    /// The name as it will be sent (`nil` when none is typed), or why it cannot be.
    var checkedDisplayName: Result<String?, InputError> {
        guard !displayName.trimmingSpaces().isEmpty else { return .success(nil) }
        do {
            return .success(try CalloutDetails.displayName(displayName))
        } catch {
            return .failure(error)
        }
    }

    /// Why the name cannot be sent, for the line under the field; `nil` when it can (or is empty).
    var displayNameProblem: String? {
        guard case .failure(let error) = checkedDisplayName else { return nil }
        return error.reason
    }

    /// The order the form describes, or the reason it is not complete.
    var order: Result<InviteOrder, InputError> {
        checkedAddress.flatMap { target in
            checkedDisplayName.map { name in InviteOrder(meeting: meeting, target: target, displayName: name) }
        }
    }

    /// Marks the highlighted saved room, or unmarks it when it was marked.
    mutating func toggleMark() {
        if marked.remove(roomIndex) == nil { marked.insert(roomIndex) }
    }

    /// The orders for the marked rooms, in the list's order, or why one of them cannot be called.
    func markedOrders(from rooms: [SavedRoom]) -> Result<[InviteOrder], InputError> {
        do {
            return .success(
                try marked.sorted().filter(rooms.indices.contains).map { index throws(InputError) in
                    try InviteOrder(room: rooms[index], meeting: meeting)
                })
        } catch {
            return .failure(error)
        }
    }

    /// The next field in Tab order (`forward`) or the previous one; the room list is skipped when there are no rooms.
    mutating func moveFocus(forward: Bool, hasRooms: Bool) {
        let fields = Field.allCases.filter { $0 != .rooms || hasRooms }
        let index = fields.firstIndex(of: focus) ?? 0
        focus = fields[(index + (forward ? 1 : fields.count - 1)) % fields.count]
    }
}
