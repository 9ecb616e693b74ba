import Service
import Simulation
import TestSupport
import Testing

/// The customer extension's free-form tags: the rule, idempotent add and remove, the limit, paging.
@Suite("Customer tags")
struct CustomerTagTests {
    @Test(
        "tags of letters (any script), digits and _ - . : up to 64 characters are valid",
        arguments: ["vip", "VIP", "night-shift", "cost:4711", "a.b_c", "Größe", "7", String(repeating: "t", count: 64)])
    func valid(tag: String) throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        try live.service.addCustomerTag(tag, to: id)
        #expect(try live.service.listCustomerTags(of: id, pageSize: nil, pageToken: "").items == [tag])
    }

    @Test(
        "any other tag is INVALID_TAG on tag, for add and remove alike, before the customer is looked up",
        arguments: ["", " ", "two words", "tab\t", "semi;colon", "slash/", "smile😀", String(repeating: "t", count: 65)])
    func invalid(tag: String) throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        for customer in [id, "nobody"] {
            expect(
                serviceError { try live.service.addCustomerTag(tag, to: customer) }, .invalidArgument, .invalidTag,
                fields: ["tag"])
            expect(
                serviceError { try live.service.removeCustomerTag(tag, from: customer) }, .invalidArgument,
                .invalidTag, fields: ["tag"])
        }
    }

    @Test("adding a tag twice or removing one not there succeeds; tags list in the order added")
    func idempotent() throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        for tag in ["b", "a", "b", "c"] { try live.service.addCustomerTag(tag, to: id) }
        try live.service.removeCustomerTag("a", from: id)
        try live.service.removeCustomerTag("zzz", from: id)
        #expect(try live.service.listCustomerTags(of: id, pageSize: nil, pageToken: "").items == ["b", "c"])
    }

    @Test("the 51st tag is FAILED_PRECONDITION / TAG_LIMIT_REACHED; a tag already there is still accepted")
    func limit() throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        for k in 0..<CustomerTag.maxPerCustomer { try live.service.addCustomerTag("t\(k)", to: id) }
        expect(
            serviceError { try live.service.addCustomerTag("one-more", to: id) }, .failedPrecondition, .tagLimitReached)
        try live.service.addCustomerTag("t0", to: id)
        try live.service.removeCustomerTag("t0", from: id)
        try live.service.addCustomerTag("one-more", to: id)
    }

    @Test("pages of 2 serve every tag that exists throughout exactly once, whatever changes between pages")
    func paging() throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        for tag in ["a", "b", "c", "d", "e"] { try live.service.addCustomerTag(tag, to: id) }
        let first = try live.service.listCustomerTags(of: id, pageSize: 2, pageToken: "")
        #expect(first.items == ["a", "b"])
        try live.service.removeCustomerTag("a", from: id)
        try live.service.removeCustomerTag("d", from: id)
        try live.service.addCustomerTag("f", to: id)
        let second = try live.service.listCustomerTags(of: id, pageSize: 2, pageToken: first.nextPageToken)
        #expect(second.items == ["c", "e"])
        let third = try live.service.listCustomerTags(of: id, pageSize: 2, pageToken: second.nextPageToken)
        #expect(third.items == ["f"] && third.isLast)
    }

    @Test("paging errors come before NOT_FOUND; a token of another customer's tags is INVALID_PAGE_TOKEN")
    func pagingErrors() throws {
        let live = LiveWorld(TestWorld())
        let a = try live.customer(), b = try live.customer()
        for tag in ["x", "y"] {
            try live.service.addCustomerTag(tag, to: a); try live.service.addCustomerTag(tag, to: b)
        }
        let token = try live.service.listCustomerTags(of: a, pageSize: 1, pageToken: "").nextPageToken
        expect(
            serviceError { try live.service.listCustomerTags(of: b, pageSize: 1, pageToken: token) }, .invalidArgument,
            .invalidPageToken, fields: ["page_token"])
        expect(
            serviceError { try live.service.listCustomerTags(of: "nobody", pageSize: 0, pageToken: "") },
            .invalidArgument, .invalidPageSize, fields: ["page_size"])
        expect(
            serviceError { try live.service.listCustomerTags(of: "nobody", pageSize: nil, pageToken: "") }, .notFound,
            .customerNotFound)
        expect(serviceError { try live.service.addCustomerTag("ok", to: "nobody") }, .notFound, .customerNotFound)
    }

    @Test("a deleted customer's tags are gone with the customer")
    func deleted() throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        try live.service.addCustomerTag("vip", to: id)
        try live.service.deleteCustomer(id)
        expect(
            serviceError { try live.service.listCustomerTags(of: id, pageSize: nil, pageToken: "") }, .notFound,
            .customerNotFound)
    }
}
