import FoundationEssentials

/// Several room systems called into one meeting in one go: each room gets its own invite
/// (checked, sent once, verified on its own), their call-outs spaced by a `CalloutPacer`, and
/// their participant reads thinned so that together they read no more than one invite alone.
public struct RoomBatch: Sendable {
    /// The invites, one per room, in the order given.
    public let requests: [InviteRequest]

    /// Checks the invites before anything is sent: at least one, and no room twice (calling a
    /// room twice connects it twice).
    public init(_ requests: [InviteRequest]) throws(InputError) {
        guard !requests.isEmpty else { throw .other("give at least one room") }
        var seen: Set<String> = []
        for request in requests {
            let key = Self.key(request.target)
            guard seen.insert(key).inserted else {
                throw .other("\(request.target) is listed twice; each room is called once")
            }
        }
        self.requests = requests
    }

    private init(checked requests: [InviteRequest]) {
        self.requests = requests
    }

    /// The same invites for `meeting` (the live meeting the typed reference resolved to).
    public func addressed(to meeting: MeetingReference) -> RoomBatch {
        RoomBatch(
            checked: requests.map { request in
                var request = request
                request.meeting = meeting
                return request
            })
    }

    /// Runs every invite side by side; the reports come back in the order the rooms were given.
    /// With `waitingForStartAtMost`, each waits for the meeting to start first (`runWhenLive`),
    /// sending nothing before it does. `progress` tells which room (by index) is where.
    public func run(
        with workflow: InviteWorkflow, pacer: CalloutPacer = CalloutPacer(),
        waitingForStartAtMost limit: TimeInterval? = nil,
        progress: @escaping @Sendable (Int, InviteProgress) -> Void = { _, _ in }
    ) async -> [InviteReport] {
        let shared = workflow.sharing(with: requests.count, pacer: pacer)
        return await withTaskGroup(of: (Int, InviteReport).self) { group in
            for (index, request) in requests.enumerated() {
                group.addTask {
                    let report =
                        if let limit {
                            await shared.runWhenLive(request, waitingAtMost: limit) { progress(index, $0) }
                        } else {
                            await shared.run(request) { progress(index, $0) }
                        }
                    return (index, report)
                }
            }
            var reports = [InviteReport?](repeating: nil, count: requests.count)
            for await (index, report) in group { reports[index] = report }
            return reports.compactMap { $0 }
        }
    }

    /// What makes two targets the same room: the call type and the address, ignoring case.
    private static func key(_ target: RoomSystemAddress) -> String {
        "\(target.callType.rawValue) \(target.address.lowercased())"
    }
}
