import Service
import Simulation
import Testing

/// Creating, reading, updating, deleting and looking up customers.
@Suite("Customer directory")
struct CustomerDirectoryTests {
    @Test("the same data twice makes two customers with different ids")
    func duplicates() throws {
        var directory = CustomerDirectory(flags: [], seed: 7)
        let a = try directory.create(validDraft), b = try directory.create(validDraft)
        #expect(a.id != b.id)
        #expect(Customer(id: b.id, a.contact) == b)
        #expect(directory.count == 2)
        #expect(try directory.listAll(pageSize: nil).map(\.id) == [a.id, b.id])
    }

    @Test(
        "ids are lower-case version-4 UUIDs, the same for the same seed and different for another",
        arguments: [UInt64(0), 1, 42, .max])
    func ids(seed: UInt64) throws {
        let (first, ids) = directory(with: 50, seed: seed)
        let (_, again) = directory(with: 50, seed: seed)
        let (_, other) = directory(with: 50, seed: seed &+ 1)
        #expect(ids == again)
        #expect(Set(ids).count == 50)
        #expect(Set(ids).isDisjoint(with: other))
        for id in ids {
            #expect(
                id.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil, "\(id)"
            )
        }
        #expect(first.count == 50)
    }

    @Test(
        "get, update and delete of an id never created are NOT_FOUND",
        arguments: [
            "", "nope", "00000000-0000-4000-8000-000000000000"
        ])
    func unknownIDs(id: String) {
        var (directory, _) = directory(with: 3)
        let errors = [
            serviceError { try directory.customer(id) },
            serviceError { try directory.update(Customer(id: id, validDraft)) },
            serviceError { try directory.delete(id) }
        ]
        for error in errors {
            #expect(error?.code == .notFound && error?.reason == .customerNotFound && error?.fieldViolations == [])
            #expect(error?.message.contains("\"\(id)\"") == true)
        }
        #expect(directory.record(id) == nil)
        #expect(directory.count == 3)
    }

    @Test("update replaces the contact data, normalises the phone, keeps the id and ignores isDeleted")
    func update() throws {
        var (directory, ids) = directory(with: 3)
        var changed = Customer(
            id: ids[1],
            CustomerDraft(
                emailAddress: "new@example.org", phoneNumber: "+48 601-234-567",
                givenName: "", familyName: "Nowak", languageCode: "pl",
                externalCustomerID: "crm-1"),
            isDeleted: true)
        let updated = try directory.update(changed)
        changed.phoneNumber = "+48601234567"
        changed.isDeleted = false
        #expect(updated == changed)
        #expect(try directory.customer(ids[1]) == changed)
        #expect(try directory.customer(ids[0]).familyName == "Doe")
        #expect(directory.count == 3)
    }

    @Test("deletion anonymises, keeps the id and the flags; the customer is then NOT_FOUND and no longer listed")
    func deletion() throws {
        var (directory, ids) = directory(with: 3)
        try directory.addFlag("vip", to: ids[1])
        try directory.delete(ids[1])
        #expect(directory.record(ids[1]) == Customer(id: ids[1], isDeleted: true))
        #expect(serviceError { try directory.customer(ids[1]) }?.code == .notFound)
        #expect(serviceError { try directory.delete(ids[1]) }?.code == .notFound)
        #expect(serviceError { try directory.update(Customer(id: ids[1], validDraft)) }?.code == .notFound)
        #expect(try directory.listAll(pageSize: nil).map(\.id) == [ids[0], ids[2]])
        #expect(try directory.customers(withPhoneNumber: validDraft.phoneNumber).map(\.id) == [ids[0], ids[2]])
        #expect(directory.count == 2)
        #expect(directory.flags(of: ids[1]) == ["vip"])
        #expect(directory.record(ids[0])?.isDeleted == false)
    }

    @Test(
        "the phone look-up normalises the query and finds every live customer with that number, in creation order",
        arguments: ["+4930726219941", "+49 30 726-219941", "+49 (30) 726.219941"])
    func phoneLookUp(query: String) throws {
        var directory = CustomerDirectory(flags: [], seed: 3)
        let a = try directory.create(validDraft)
        var other = validDraft
        other.phoneNumber = "+48601234567"
        _ = try directory.create(other)
        var spaced = validDraft
        spaced.phoneNumber = "+49 30 72621 9941"
        let c = try directory.create(spaced)
        #expect(try directory.customers(withPhoneNumber: query).map(\.id) == [a.id, c.id])
        #expect(try directory.customers(withPhoneNumber: "+4930726219942") == [])
    }

    @Test(
        "the phone look-up rejects an invalid number on phone_number",
        arguments: ["", "030 726219941", "+0123456789", "abc"])
    func phoneLookUpInvalid(query: String) {
        let (directory, _) = directory(with: 2)
        let error = serviceError { try directory.customers(withPhoneNumber: query) }
        #expect(
            error?.code == .invalidArgument && error?.reason == .invalidPhoneNumber
                && error?.violatingFields == ["phone_number"])
    }
}
