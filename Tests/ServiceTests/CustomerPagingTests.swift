import Service
import Simulation
import Testing

/// `ListCustomers`: sizes, tokens, and every customer exactly once while the list changes.
@Suite("Customer paging")
struct CustomerPagingTests {
    /// The page sizes of a full listing, checking on the way that only the last page has an empty token.
    static func pageSizes(_ directory: CustomerDirectory, pageSize: Int32?) throws -> [Int] {
        var sizes: [Int] = [], token = ""
        repeat {
            let page = try directory.list(pageSize: pageSize, pageToken: token)
            sizes.append(page.items.count)
            token = page.nextPageToken
            #expect(token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        } while !token.isEmpty
        return sizes
    }

    @Test(
        "page_size: unset means 50, 1…1000 as asked, above 1000 coerced to 1000; the last page (even a full one) has an empty token",
        arguments: [
            (Int32?.none, 120, [50, 50, 20]), (nil, 100, [50, 50]), (nil, 0, [0]), (1, 3, [1, 1, 1]),
            (7, 20, [7, 7, 6]),
            (1000, 1000, [1000]), (1001, 1500, [1000, 500]), (.max, 1001, [1000, 1])
        ])
    func sizes(pageSize: Int32?, customers: Int, expected: [Int]) throws {
        let (directory, ids) = directory(with: customers)
        #expect(try Self.pageSizes(directory, pageSize: pageSize) == expected)
        #expect(try directory.listAll(pageSize: pageSize).map(\.id) == ids)
    }

    @Test(
        "a page_size set below 1 (0 included) is INVALID_ARGUMENT / INVALID_PAGE_SIZE on page_size",
        arguments: [Int32(0), -1, -50, .min])
    func belowOne(pageSize: Int32) {
        let (directory, _) = directory(with: 3)
        let error = serviceError { try directory.list(pageSize: pageSize, pageToken: "") }
        #expect(
            error?.code == .invalidArgument && error?.reason == .invalidPageSize
                && error?.violatingFields == ["page_size"])
    }

    @Test(
        "a token used with another page_size than its call's (unset included) is INVALID_PAGE_TOKEN",
        arguments: [Int32?.none, 3, 5, 1000, 2000])
    func tokenBoundToPageSize(other: Int32?) throws {
        let (directory, _) = directory(with: 10)
        let token = try directory.list(pageSize: 4, pageToken: "").nextPageToken
        #expect(try directory.list(pageSize: 4, pageToken: token).items.count == 4)
        let error = serviceError { try directory.list(pageSize: other, pageToken: token) }
        #expect(
            error?.code == .invalidArgument && error?.reason == .invalidPageToken
                && error?.violatingFields == ["page_token"])
    }

    @Test("a bad page_size and a bad page_token are reported together")
    func bothBad() {
        let (directory, _) = directory(with: 3)
        let error = serviceError { try directory.list(pageSize: -1, pageToken: "garbage") }
        #expect(error?.violatingFields == ["page_size", "page_token"] && error?.reason == .invalidPageSize)
    }

    /// A valid token for the second page of a 10-customer directory with seed 1, listed 4 at a time.
    static var validToken: String {
        try! directory(with: 10).0.list(pageSize: 4, pageToken: "").nextPageToken
    }

    @Test(
        "garbled, foreign and stale tokens are INVALID_ARGUMENT on page_token",
        arguments: [
            "garbage", "!!!!", "====", "MS4xLjAuNQ", "eyJwb3MiOjV9",  // not a token; base64url of "1.1.0.5"; of JSON
            String(CustomerPagingTests.validToken.dropLast()), String(CustomerPagingTests.validToken.dropFirst()),
            CustomerPagingTests.validToken + "A", CustomerPagingTests.validToken.replacing("M", with: "N"),
            try! directory(with: 10, seed: 2).0.list(pageSize: 4, pageToken: "").nextPageToken  // another run's
        ])
    func badTokens(token: String) throws {
        let (directory, _) = directory(with: 10)
        #expect(try directory.list(pageSize: 4, pageToken: Self.validToken).items.count == 4)
        let error = serviceError { try directory.list(pageSize: 4, pageToken: token) }
        #expect(
            error?.code == .invalidArgument && error?.reason == .invalidPageToken
                && error?.violatingFields == ["page_token"])
    }

    @Test("a token pointing past every customer ever created (from a larger directory with the same seed) is rejected")
    func staleToken() throws {
        let token = try directory(with: 10).0.list(pageSize: 8, pageToken: "").nextPageToken
        let (small, _) = directory(with: 3)
        #expect(serviceError { try small.list(pageSize: 8, pageToken: token) }?.violatingFields == ["page_token"])
    }

    @Test("a token from another customer's flag listing is rejected by ListCustomers")
    func flagTokenRejected() throws {
        var (directory, ids) = directory(with: 3)
        for flag in ["vip", "newsletter", "student"] { try directory.addFlag(flag, to: ids[0]) }
        let token = try directory.listFlags(of: ids[0], pageSize: 1, pageToken: "").nextPageToken
        #expect(!token.isEmpty)
        let error = serviceError { try directory.list(pageSize: 1, pageToken: token) }
        #expect(error?.code == .invalidArgument && error?.violatingFields == ["page_token"])
    }

    @Test(
        "every customer that exists throughout a listing is listed exactly once, with creates and deletes between pages",
        arguments: Array(UInt64(1)...200))
    func exactlyOnce(seed: UInt64) throws {
        var g = SeededGenerator(seed: seed)
        var (directory, ids) = directory(with: Int(g.next() % 80), seed: seed)
        var live = ids, created = ids
        var throughout = Set(ids)  // existed at the start and not deleted (yet)
        var deleted: Set<String> = []
        var seen: [String] = []
        var token = ""
        let size = g.next() % 20
        let pageSize: Int32? = size == 0 ? nil : Int32(size)  // unset (= 50) included; the same on every page
        repeat {
            let page = try directory.list(pageSize: pageSize, pageToken: token)
            for customer in page.items { #expect(!deleted.contains(customer.id), "a deleted customer was listed") }
            seen += page.items.map(\.id)
            token = page.nextPageToken
            // Between pages: create a few, delete a few (anywhere, listed or not).
            for _ in 0..<(g.next() % 4) {
                live.append(try directory.create(validDraft).id)
                created.append(live[live.count - 1])
            }
            for _ in 0..<(g.next() % 4) where !live.isEmpty {
                let victim = live.remove(at: Int(g.next() % UInt64(live.count)))
                try directory.delete(victim)
                deleted.insert(victim)
                throughout.remove(victim)
            }
        } while !token.isEmpty
        #expect(Set(seen).count == seen.count, "a customer was listed twice")
        #expect(throughout.isSubset(of: Set(seen)), "a customer that existed throughout was skipped")
        let order = Dictionary(uniqueKeysWithValues: created.enumerated().map { ($1, $0) })
        #expect(seen.map { order[$0]! } == seen.map { order[$0]! }.sorted(), "not in creation order")
    }

    @Test("deleted customers are not listed; the count tracks live customers")
    func deletedNotListed() throws {
        var (directory, ids) = directory(with: 5)
        try directory.delete(ids[0])
        try directory.delete(ids[4])
        #expect(try directory.listAll(pageSize: 2).map(\.id) == [ids[1], ids[2], ids[3]])
        #expect(try Self.pageSizes(directory, pageSize: 3) == [3])
        #expect(directory.count == 3)
    }
}
