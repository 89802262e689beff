/// Something the operator can ask for with a key (an action the keymap binds keys to). The raw
/// value is the name used in the config file's `[keys]` table.
enum KeyAction: String, Sendable, CaseIterable, Hashable {
    case moveUp = "up"
    case moveDown = "down"
    case pageUp = "page_up"
    case pageDown = "page_down"
    case top
    case bottom
    case open
    case back
    case filter
    case commandLine = "command"
    case help
    case refresh
    case showLeft = "show_left"
    case invite
    case phone
    case recording
    case endMeeting = "end_meeting"
    case dialIn = "dial_in"
    case keep
    case quit

    /// Whether the action changes a live meeting (hidden and refused in read-only mode).
    var changesMeeting: Bool {
        switch self {
        case .invite, .phone, .recording, .endMeeting, .keep: return true
        default: return false
        }
    }

    /// The screens where the action does something.
    var screens: Set<Screen> {
        switch self {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .filter, .refresh:
            return [.meetings, .participants]
        case .open:
            return [.meetings]
        case .quit:
            return Set(Screen.allCases)
        case .back:
            return [.meetings, .participants, .help]
        case .commandLine:
            return [.meetings, .participants]
        case .help:
            return [.meetings, .participants, .help]
        case .showLeft:
            return [.participants]
        case .invite, .phone, .recording, .endMeeting, .dialIn, .keep:
            return [.meetings, .participants]
        }
    }

    /// What the action does on a screen, for the help screen.
    func summary(on screen: Screen) -> String {
        switch self {
        case .moveUp: return "move up"
        case .moveDown: return "move down"
        case .pageUp: return "page up"
        case .pageDown: return "page down"
        case .top: return "first row"
        case .bottom: return "last row"
        case .open: return "open the meeting's participants"
        case .back:
            switch screen {
            case .meetings: return "clear the filter"
            case .participants: return "back to meetings"
            case .help: return "close help"
            }
        case .filter: return "filter the list (Esc clears)"
        case .commandLine: return "command line (:invite :meeting :room :when-live :keep :quit)"
        case .help: return screen == .help ? "close help" : "help for this view"
        case .refresh: return "refresh now"
        case .showLeft: return "show/hide people who left"
        case .invite: return "invite a room system (SIP/H.323)"
        case .phone: return "phone call-out"
        case .recording: return "recording start/stop/pause/resume"
        case .endMeeting: return "end the meeting (confirm by typing)"
        case .dialIn: return "dial-in address: the room dials in itself"
        case .keep: return "keep the newest room invite connected, or stop (:keep N / :unkeep N)"
        case .quit: return "quit"
        }
    }

    /// The word shown in the key bar, or `nil` when the action is not worth a slot there.
    var keyBarLabel: String? {
        switch self {
        case .help: return "Help"
        case .open: return "Open"
        case .back: return "Back"
        case .filter: return "Filter"
        case .commandLine: return "Cmd"
        case .refresh: return "Refresh"
        case .showLeft: return "Left"
        case .invite: return "Invite"
        case .phone: return "Phone"
        case .recording: return "Rec"
        case .endMeeting: return "End"
        case .keep: return "Keep"
        case .quit: return "Quit"
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .dialIn: return nil
        }
    }
}
