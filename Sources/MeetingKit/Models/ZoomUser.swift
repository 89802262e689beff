/// The signed-in user, from `GET /users/me`.
public struct ZoomUser: Hashable, Sendable, Decodable {
    public var id: String
    public var displayName: String
    public var email: String?
    public var accountID: String?

    public init(id: String, displayName: String, email: String? = nil, accountID: String? = nil) {
        self.id = id
        self.displayName = displayName
        self.email = email
        self.accountID = accountID
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: AnyKey.self)
        let first = fields.string("first_name") ?? ""
        let last = fields.string("last_name") ?? ""
        let joined = [first, last].filter { !$0.isEmpty }.joined(separator: " ")
        self.init(
            id: fields.string("id") ?? "",
            displayName: fields.string("display_name") ?? (joined.isEmpty ? (fields.string("email") ?? "") : joined),
            email: fields.string("email"),
            accountID: fields.string("account_id")
        )
    }
}
