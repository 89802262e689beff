import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Flag(help: "Run against the built-in Zoom simulator instead of Zoom (no account needed).")
    var demo = false
}
