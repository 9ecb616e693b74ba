import Service
import Simulation
import TestSupport
import Testing

/// `SearchCustomersByPhone`: E.164-normalised, a paged list (phone numbers are not unique), every bad
/// field at once.
@Suite("Customers by phone number")
struct PhoneSearchTests {
    @Test("every live customer with the number, however written, in creation order, one page at a time")
    func paged() throws {
        var directory = CustomerDirectory(flags: [], seed: 1)
        var ids: [String] = []
        for phone in ["+49 30 726-219941", "+4930726219942", "+49 (30) 726.219941", "+4930726219941"] {
            var draft = validDraft
            draft.phoneNumber = phone
            ids.append(try directory.create(draft).id)
        }
        try directory.delete(ids[3])
        var found: [String] = [], token = ""
        repeat {
            let page = try directory.customers(withPhoneNumber: "+49 30 726 219941", pageSize: 1, pageToken: token)
            found += page.items.map(\.id)
            token = page.nextPageToken
        } while !token.isEmpty
        #expect(found == [ids[0], ids[2]])
        #expect(try directory.customers(withPhoneNumber: "+4930726219943", pageSize: nil, pageToken: "").items == [])
    }

    @Test("the token is bound to the number and the page size")
    func tokenBound() throws {
        var directory = CustomerDirectory(flags: [], seed: 1)
        for _ in 0..<3 { _ = try directory.create(validDraft) }
        let token = try directory.customers(withPhoneNumber: validDraft.phoneNumber, pageSize: 1, pageToken: "")
            .nextPageToken
        #expect(!token.isEmpty)
        expect(
            serviceError { try directory.customers(withPhoneNumber: "+4930726219942", pageSize: 1, pageToken: token) },
            .invalidArgument, .invalidPageToken, fields: ["page_token"])
        expect(
            serviceError {
                try directory.customers(withPhoneNumber: validDraft.phoneNumber, pageSize: 2, pageToken: token)
            }, .invalidArgument, .invalidPageToken, fields: ["page_token"])
        #expect(
            try directory.customers(withPhoneNumber: "+49 30 726219941", pageSize: 1, pageToken: token).items.count == 1
        )
    }

    @Test("a bad number and bad paging are reported at once, with the number's reason")
    func errors() {
        let directory = CustomerDirectory(flags: [], seed: 1)
        expect(
            serviceError { try directory.customers(withPhoneNumber: "030 726", pageSize: 0, pageToken: "junk") },
            .invalidArgument, .invalidPhoneNumber, fields: ["phone_number", "page_size", "page_token"])
        expect(
            serviceError { try directory.customers(withPhoneNumber: "+4930726219941", pageSize: -1, pageToken: "") },
            .invalidArgument, .invalidPageSize, fields: ["page_size"])
        expect(
            serviceError { try directory.customers(withPhoneNumber: "", pageSize: nil, pageToken: "") },
            .invalidArgument, .invalidPhoneNumber, fields: ["phone_number"])
    }
}
