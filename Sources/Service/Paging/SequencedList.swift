/// Items in the order they were added, each with a sequence number that is never reused: what the
/// customer extension's per-customer lists (tags, saved addresses) keep, so that paging stays stable.
///
/// A page token's position is the sequence of the last item served: an item that exists throughout a
/// listing is served exactly once, whatever is added or removed between pages.
public struct SequencedList<Item: Hashable & Sendable>: Hashable, Sendable {
    /// An item and its sequence.
    public struct Entry: Hashable, Sendable {
        public var sequence: Int
        public var item: Item
    }

    /// The items with their sequences, ascending.
    public private(set) var entries: [Entry] = []
    /// The last sequence handed out (0: none yet).
    public private(set) var lastSequence = 0

    public init() {}

    public var items: [Item] { entries.map(\.item) }
    public var count: Int { entries.count }

    /// Adds `item` with the next sequence; returns that sequence.
    @discardableResult
    public mutating func append(_ item: Item) -> Int {
        lastSequence += 1
        entries.append(Entry(sequence: lastSequence, item: item))
        return lastSequence
    }

    /// Removes every item `remove` accepts; returns whether one was.
    @discardableResult
    public mutating func removeAll(where remove: (Item) -> Bool) -> Bool {
        let before = entries.count
        entries.removeAll { remove($0.item) }
        return entries.count != before
    }

    /// The page of `request` (checked against positions up to `lastSequence`).
    public func page(_ request: PageRequest, _ kind: PageToken.Kind) -> Page<Item> {
        request.page(kind, of: entries.lazy.map { (position: $0.sequence, item: $0.item) })
    }
}

extension PageRequest {
    /// The page of `items` (ascending positions, each ≥ 1) that starts after this request's position;
    /// the next token, when more items follow, continues after the last one served.
    /// - Complexity: O(items up to the page's end).
    public func page<Item>(_ kind: PageToken.Kind, of items: some Sequence<(position: Int, item: Item)>) -> Page<Item> {
        var served: [Item] = [], last = after
        var iterator = items.lazy.filter { [after] in $0.position > after }.makeIterator()
        while served.count < size, let next = iterator.next() {
            served.append(next.item); last = next.position
        }
        let more = iterator.next() != nil
        return Page(items: served, nextPageToken: more ? nextToken(kind, position: last) : "")
    }
}
