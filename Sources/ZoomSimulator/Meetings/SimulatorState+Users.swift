import FoundationEssentials

extension SimulatorState {
    private struct UserBody: Encodable {
        var id: String
        var firstName: String
        var lastName: String
        var displayName: String
        var email: String
        var type: Int
        var roleName: String
        var accountId: String
        var status = "active"
        var timezone = "UTC"
        var language = "en-US"
    }

    /// `GET /users/{userId}`: `me` is the app's user; other users need an admin scope.
    func user(_ id: String, caller: Caller) throws(APIError) -> OutgoingResponse {
        let user = try resolveUser(id, caller: caller, adminScopes: EndpointScopes.user.adminLevel)
        return .json(
            UserBody(
                id: user.id, firstName: user.firstName, lastName: user.lastName, displayName: user.displayName,
                email: user.email, type: user.type, roleName: user.roleName, accountId: accountID))
    }

    /// The user a path names; someone other than the caller needs one of `adminScopes`.
    func resolveUser(_ id: String, caller: Caller, adminScopes: [String]) throws(APIError) -> AccountUser {
        let userID = id == "me" ? caller.app.userID : id
        let isSelf =
            userID == caller.app.userID || id.lowercased() == directory.user(caller.app.userID)?.email.lowercased()
        guard isSelf || caller.hasAny(of: adminScopes) else { throw .noPermission }
        guard
            let user = directory.user(userID)
                ?? directory.users.first(where: { $0.email.lowercased() == id.lowercased() })
        else {
            throw .userNotFound(id)
        }
        return user
    }
}
