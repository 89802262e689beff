import MeetingKit

/// The `:` command line: `:invite sip:room@host [display name]`, `:invite h323:10.0.0.5`,
/// `:meeting 85746065432`, `:room boardroom`, `:when-live 85746065432 sip:room@host [name]`,
/// `:cancel 3`, `:keep 2`, `:unkeep 2`, `:quit`.
enum ColonCommand {
    /// The commands and what they take, for messages and the help screen.
    static let usage =
        ":invite ADDRESS [NAME] · :meeting ID · :room NAME · :when-live ID ADDRESS [NAME] · :cancel N · :keep N · :unkeep N · :quit"

    static func run(_ line: String, in state: inout AppState) -> [Effect] {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let verb = words.first?.lowercased() else { return [] }
        let rest = Array(words.dropFirst())
        switch verb {
        case "q", "quit":
            return Reducer.perform(.quit, in: &state)
        case "m", "meeting":
            return openMeeting(rest.joined(separator: " "), in: &state)
        case "room":
            guard refuseIfReadOnly("call-outs", in: &state) else { return [] }
            let name = rest.joined(separator: " ")
            guard let room = state.settings.room(named: name) else {
                let known = state.settings.rooms.map(\.name).joined(separator: ", ")
                state.message = StatusMessage(
                    "No saved room \"\(name)\"" + (known.isEmpty ? " (none saved)" : "; saved: \(known)"), role: .error)
                return []
            }
            return Reducer.confirmRoom(room, in: &state)
        case "invite":
            guard refuseIfReadOnly("invites", in: &state) else { return [] }
            return invite(rest, in: &state)
        case "when-live":
            guard refuseIfReadOnly("invites", in: &state) else { return [] }
            return inviteWhenLive(rest, in: &state)
        case "cancel":
            return cancelWaiting(rest, in: &state)
        case "keep":
            guard refuseIfReadOnly("kept rooms", in: &state) else { return [] }
            return RoomKeeping.keep(ticket: ticket(rest), in: &state)
        case "unkeep":
            return RoomKeeping.unkeep(ticket: ticket(rest), in: &state)
        default:
            state.message = StatusMessage("Unknown command :\(verb). Commands: \(usage)", role: .error)
            return []
        }
    }

    private static func refuseIfReadOnly(_ what: String, in state: inout AppState) -> Bool {
        guard state.settings.readOnly else { return true }
        state.message = StatusMessage("Read-only mode: \(what) are disabled", role: .warning)
        return false
    }

    private static func openMeeting(_ text: String, in state: inout AppState) -> [Effect] {
        let reference: MeetingReference
        do {
            reference = try MeetingReference(parsing: text)
        } catch {
            state.message = StatusMessage(error.description, role: .error)
            return []
        }
        state.helpOpen = false
        guard case .id(let id) = reference, let meeting = state.meetings.items.first(where: { $0.id == id }) else {
            // Not in the list (an instant meeting never is in a user's list): Zoom tells whether it is live.
            state.message = StatusMessage(
                "Checking meeting \(reference) with Zoom" + (state.settings.unicode ? "\u{2026}" : "..."), role: .dim)
            return [.checkMeeting(reference)]
        }
        state.meetings.cursor.filter = ""
        state.meetings.cursor.index = state.meetings.items.firstIndex(of: meeting) ?? 0
        Reducer.rescroll(&state)
        return Reducer.openParticipants(MeetingTarget(meeting), in: &state)
    }

    /// `:invite ADDRESS [NAME]`: `sip:`/`sips:` or an `@` means SIP, `h323:` or anything else H.323.
    private static func invite(_ words: [String], in state: inout AppState) -> [Effect] {
        guard let first = words.first else {
            state.message = StatusMessage(
                "Usage: :invite sip:room@host [display name] or :invite h323:ADDRESS", role: .error)
            return []
        }
        guard let meeting = state.targetMeeting else {
            state.message = StatusMessage("Select a meeting first (or :meeting ID)", role: .warning)
            return []
        }
        do {
            state.prompt = .confirmInvite(try order(first, name: words.dropFirst(), into: meeting))
        } catch {
            state.message = StatusMessage(error.description, role: .error)
        }
        return []
    }

    /// `:when-live ID ADDRESS [NAME]`: a call-out set up before the meeting starts, sent once Zoom
    /// says it started. At most `MeetingStartWaiter.concurrentWaits` wait at once (the Light budget).
    private static func inviteWhenLive(_ words: [String], in state: inout AppState) -> [Effect] {
        guard words.count >= 2 else {
            state.message = StatusMessage(
                "Usage: :when-live MEETING-ID sip:room@host [display name] (the ID without spaces)", role: .error)
            return []
        }
        let waiting = state.invites.values.count { if case .waitingForStart = $0.stage { true } else { false } }
        guard waiting < MeetingStartWaiter.concurrentWaits else {
            state.message = StatusMessage(
                "\(waiting) call-outs already wait for their meeting to start (at most "
                    + "\(MeetingStartWaiter.concurrentWaits), to stay within Zoom's rate limits); :cancel one first",
                role: .warning)
            return []
        }
        do {
            let meeting = MeetingTarget(reference: try MeetingReference(parsing: words[0]))
            var order = try order(words[1], name: words.dropFirst(2), into: meeting)
            order.whenLive = true
            state.prompt = .confirmInvite(order)
        } catch {
            state.message = StatusMessage("\(error)", role: .error)
        }
        return []
    }

    /// The ticket number of `:keep N` / `:unkeep N`, when one number was typed.
    private static func ticket(_ words: [String]) -> Int? {
        words.count == 1 ? Int(words[0]) : nil
    }

    /// `:cancel N`: stops call-out N while it waits for its meeting to start (nothing was sent for it).
    private static func cancelWaiting(_ words: [String], in state: inout AppState) -> [Effect] {
        guard words.count == 1, let ticket = Int(words[0]), let attempt = state.invites[ticket],
            case .waitingForStart = attempt.stage
        else {
            state.message = StatusMessage(
                "Usage: :cancel N, where N is a call-out waiting for its meeting to start "
                    + "(its line ends with :cancel N); a call-out already sent cannot be taken back", role: .error)
            return []
        }
        state.message = StatusMessage(
            "Cancelling the call-out to \(attempt.order.roomLabel)" + (state.settings.unicode ? "\u{2026}" : "..."),
            role: .dim)
        return [.cancelInvite(ticket: ticket)]
    }

    /// The order for a typed address (`sip:`/`sips:` or an `@` means SIP, `h323:` or anything else
    /// H.323) and display name.
    private static func order(_ typed: String, name: ArraySlice<String>, into meeting: MeetingTarget) throws(InputError)
        -> InviteOrder
    {
        var address = typed
        let callType: RoomSystemCallType
        if address.lowercased().hasPrefix("h323:") {
            address = String(address.dropFirst(5))
            callType = .h323
        } else {
            callType = address.lowercased().hasPrefix("sip") || address.contains("@") ? .sip : .h323
        }
        let target = try RoomSystemAddress.parse(callType: callType, input: address)
        let typedName = name.joined(separator: " ")
        return InviteOrder(
            meeting: meeting, target: target,
            displayName: typedName.isEmpty ? nil : try CalloutDetails.displayName(typedName))
    }
}
