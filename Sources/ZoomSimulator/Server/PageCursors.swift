import FoundationEssentials

/// One page of a list: which items, and the token for the next page (empty on the last page).
struct PageSlice: Sendable {
    var range: Range<Int>
    var pageSize: Int
    var nextPageToken: String
    var totalRecords: Int
    var pageCount: Int
}

/// Zoom-style pagination: `page_size` (default 30, clamped to the maximum) and opaque
/// `next_page_token`s that are valid for 15 minutes and only for the list that issued them.
struct PageCursors: Sendable {
    private struct Cursor {
        var list: String
        var offset: Int
        var expiresAt: Date
    }

    static let defaultPageSize = 30
    static let tokenLifetime: TimeInterval = 15 * 60

    let maxPageSize: Int
    private var cursors: [String: Cursor] = [:]

    init(maxPageSize: Int) {
        self.maxPageSize = max(1, maxPageSize)
    }

    /// The page of a list of `total` items that the request's query asks for.
    mutating func page(
        of total: Int, list: String, query: [String: String], now: Date,
        random: inout SeededGenerator
    ) throws(APIError) -> PageSlice {
        var size = Self.defaultPageSize
        if let text = query["page_size"], !text.isEmpty {
            guard let requested = Int(text) else {
                throw .validation([.init(field: "page_size", message: "Invalid field.")])
            }
            size = requested < 1 ? Self.defaultPageSize : min(requested, maxPageSize)
        }
        var offset = 0
        if let token = query["next_page_token"], !token.isEmpty {
            guard let cursor = cursors[token], cursor.list == list, cursor.expiresAt > now else {
                throw .invalid("The next page token is invalid or expired.")
            }
            offset = min(cursor.offset, total)
        }
        let end = min(total, offset + size)
        var next = ""
        if end < total {
            cursors = cursors.filter { $0.value.expiresAt > now }
            next = random.token(length: 32)
            cursors[next] = Cursor(list: list, offset: end, expiresAt: now.addingTimeInterval(Self.tokenLifetime))
        }
        return PageSlice(
            range: offset..<end, pageSize: size, nextPageToken: next, totalRecords: total,
            pageCount: total == 0 ? 0 : (total + size - 1) / size)
    }
}
