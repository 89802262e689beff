/// A user of the simulated account.
struct AccountUser: Sendable {
    var id: String
    var firstName: String
    var lastName: String
    var email: String
    /// 1 basic, 2 licensed.
    var type: Int
    var roleName: String

    var displayName: String { "\(firstName) \(lastName)" }

    /// The account's users: one per distinct app user, then two more hosts.
    static func roster(for apps: [SimulatedApp]) -> [AccountUser] {
        let known: [String: AccountUser] = [
            SimulatedApp.userLevel.userID: AccountUser(
                id: SimulatedApp.userLevel.userID, firstName: "Hana", lastName: "Host",
                email: "hana.host@sim.example.com", type: 2, roleName: "Member"),
            SimulatedApp.accountLevel.userID: AccountUser(
                id: SimulatedApp.accountLevel.userID, firstName: "Alex", lastName: "Admin",
                email: "alex.admin@sim.example.com", type: 2, roleName: "Owner"),
        ]
        var users: [AccountUser] = []
        for app in apps where !users.contains(where: { $0.id == app.userID }) {
            users.append(
                known[app.userID]
                    ?? AccountUser(
                        id: app.userID, firstName: app.name, lastName: "User",
                        email: "\(app.userID)@sim.example.com", type: 2, roleName: "Member"))
        }
        users.append(
            AccountUser(
                id: "sim-user-yamada", firstName: "花子", lastName: "山田", email: "hanako.yamada@sim.example.com",
                type: 2, roleName: "Member"))
        users.append(
            AccountUser(
                id: "sim-user-okafor", firstName: "Chidi", lastName: "Okafor", email: "chidi.okafor@sim.example.com",
                type: 2, roleName: "Admin"))
        return users
    }
}
