import ArgumentParser

/// `--drop-after ADDRESS=SECONDS`: a room that hangs up that many seconds after each time it joins.
struct RoomDrop: ExpressibleByArgument {
    var address: String
    var seconds: Double

    init?(argument: String) {
        guard let equals = argument.lastIndex(of: "="),
            let seconds = Double(argument[argument.index(after: equals)...]),
            seconds >= 0, equals != argument.startIndex
        else { return nil }
        address = String(argument[..<equals])
        self.seconds = seconds
    }
}
