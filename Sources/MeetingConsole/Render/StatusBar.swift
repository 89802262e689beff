import MeetingKit

/// The top line: who is signed in, where the token comes from and when it expires, and what
/// the credentials cannot do ("call-outs unavailable: missing meeting:write:admin").
enum StatusBar {
    static func draw(_ context: RenderContext, on grid: inout ScreenGrid) {
        let state = context.state
        let columns = state.size.columns
        let row = context.layout.statusRow
        grid.fill(row: row, from: 0, to: columns, role: .statusBar)
        var column = grid.put("meeting-tui ", row: row, column: 0, role: .statusBar)
        if state.settings.readOnly {
            column += grid.put("[read-only] ", row: row, column: column, role: .warning)
        }
        column += grid.put(
            context.fit(identityText(context), columns - column), row: row, column: column, role: .statusBar)
        let warnings = ScopeWarnings.list(for: state.identity.scopes, readOnly: state.settings.readOnly)
        guard let first = warnings.first, column + 4 < columns else { return }
        let more = warnings.count > 1 ? " (+\(warnings.count - 1) more in the log)" : ""
        let text = " \(context.glyphs.warning) \(first)\(more)"
        grid.put(context.fit(text, columns - column), row: row, column: column, role: .warning)
    }

    private static func identityText(_ context: RenderContext) -> String {
        let identity = context.state.identity
        let who =
            identity.userName ?? (identity.user.userID == nil ? "(no [zoom] user set)" : "(signed-in user loading)")
        let token: String
        if let expiry = identity.expiresAt {
            if expiry > context.state.now {
                token = "token until \(context.clock(expiry))"
            } else {
                // OAuth tokens are renewed by the client as they expire; a pasted one cannot be.
                token = identity.source == .pastedToken ? "token expired" : "token renewed as needed"
            }
        } else {
            token = "expiry unknown"
        }
        return "\(context.glyphs.vertical) \(who) \(context.glyphs.vertical) \(identity.source.rawValue), \(token)"
    }
}

/// What the credentials cannot do, from the capability table, in the words of the status bar.
enum ScopeWarnings {
    /// The capabilities the console warns about, with their short names.
    static let watched: [(Capability, String)] = [
        (.roomSystemCallout, "call-outs"),
        (.readParticipants, "participants"),
        (.phoneCallout, "phone call-outs"),
        (.recording, "recording"),
        (.endMeeting, "end meeting"),
        (.listMeetings, "meeting list"),
    ]

    /// One warning per capability the scopes certainly lack, naming the scopes in both vocabularies
    /// ("call-outs unavailable: missing meeting:update:in_meeting_controls:admin (for older apps: …)");
    /// one about unknown scopes for a pasted token. Read-only mode skips the capabilities it disables anyway.
    static func list(for scopes: GrantedScopes, readOnly: Bool) -> [String] {
        guard case .known = scopes else { return ["scopes unknown (pasted token): actions may be refused"] }
        return watched.compactMap { capability, name in
            guard capability.isAllowed(by: scopes) == false else { return nil }
            if readOnly, capability != .readParticipants, capability != .listMeetings { return nil }
            return "\(name) unavailable: \(ScopeAdvice.missing(capability.requirement))"
        }
    }
}
