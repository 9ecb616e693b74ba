/// One page of a list call.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// The token for the next page; empty on the last page.
    public var nextPageToken: String

    public init(items: [Item], nextPageToken: String) {
        self.items = items; self.nextPageToken = nextPageToken
    }

    /// Whether this is the last page.
    public var isLast: Bool { nextPageToken.isEmpty }
}

extension Page: Equatable where Item: Equatable {}
extension Page: Hashable where Item: Hashable {}
