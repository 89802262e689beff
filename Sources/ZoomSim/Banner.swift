import ZoomSimulator

/// What `zoom-sim` prints on start: where it listens, the simulated apps' (fake) credentials,
/// and how to point meeting-tui at it.
struct Banner {
    let simulator: ZoomSimulator
    let apps: [SimulatedApp]

    var text: String {
        let api = simulator.apiBaseURL.absoluteString
        let oauth = simulator.oauthBaseURL.absoluteString
        var lines = [
            "zoom-sim is listening.",
            "  REST API: \(api)",
            "  OAuth:    \(oauth)",
            "",
            "Apps on the simulated account (simulator-only credentials):",
        ]
        for app in apps {
            let kind = app.kind == .serverToServer ? "Server-to-Server OAuth" : "user OAuth"
            lines.append(
                "  \(app.name) (\(kind)): account_id=\(app.accountID) client_id=\(app.clientID)"
                    + (app.clientSecret.map { " client_secret=\($0)" } ?? ""))
            lines.append("    scopes: \(app.scopes.joined(separator: " "))")
        }
        if let app = apps.first(where: { $0.kind == .serverToServer }) {
            lines += [
                "",
                "Point meeting-tui at it:",
                "  export ZOOM_API_URL=\(api)",
                "  export ZOOM_OAUTH_URL=\(oauth)",
                "  export ZOOM_ACCOUNT_ID=\(app.accountID)",
                "  export ZOOM_CLIENT_ID=\(app.clientID)",
                "  export ZOOM_CLIENT_SECRET=\(app.clientSecret ?? "")",
                "  export ZOOM_USER=\(app.userID)",
                "  meeting-tui",
            ]
        }
        lines += ["", "Stop with Ctrl-C."]
        return lines.joined(separator: "\n")
    }
}
