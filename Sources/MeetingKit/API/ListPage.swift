/// One page of a list as the client hands it on.
public struct ListPage<Item> {
    public var items: [Item]
    /// The token of the next page; `nil` on the last.
    public var nextPageToken: String?
}

extension ListPage: Sendable where Item: Sendable {}
