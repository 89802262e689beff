import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Flag(help: "Run against the built-in Zoom simulator instead of Zoom (no account needed).")
    var demo = false

    @Option(
        help: ArgumentHelp(
            "The account user (email or user ID) whose meetings to list: a Server-to-Server app has no user of its own.",
            discussion: "Wins over ZOOM_USER and `user` under [zoom] in config.toml."))
    var user: String?
}
