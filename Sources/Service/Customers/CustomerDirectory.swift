import Simulation

/// The customers of one service instance: create, get, update, delete, list, flags.
///
/// A value type: the trip service owns one and mutates it. Ids are UUIDs drawn from a generator seeded
/// at creation, so the same sequence of calls gives the same ids. Customers are kept in creation order
/// forever (deleted ones anonymised, with their id), which is what makes paging stable.
public struct CustomerDirectory: Sendable {
    /// One customer, its flags (by name) and what the customer extension keeps of it.
    struct Entry: Sendable {
        var customer: Customer
        var flags: Set<String>
        var profile = CustomerProfile()
        var tags = SequencedList<String>()
        var addresses = SequencedList<SavedAddress>()
    }

    /// Every customer ever created, in creation order; an entry's creation sequence is its index + 1.
    var entries: [Entry] = []
    /// Index into `entries` by id.
    var indexByID: [String: Int] = [:]
    /// The configured flags, in the scenario's order (the order flags are listed in).
    public let flagCatalog: [CustomerFlag]
    /// Index into `flagCatalog` by name.
    let flagIndex: [String: Int]
    /// The seed the ids come from; also part of page-token fingerprints.
    let seed: UInt64
    private var ids: SeededGenerator
    /// Live (not deleted) customers.
    public private(set) var count = 0

    /// An empty directory with the scenario's flags; ids are drawn from `SeededGenerator(seed: seed)`.
    /// Flag names must be unique (the scenario validates that; a duplicate here is a bug and traps).
    public init(flags: [CustomerFlag], seed: UInt64) {
        var index: [String: Int] = [:]
        for (i, flag) in flags.enumerated() {
            precondition(
                index.updateValue(i, forKey: flag.name) == nil, "customer flag \"\(flag.name)\" configured twice")
        }
        flagCatalog = flags
        flagIndex = index
        self.seed = seed
        ids = SeededGenerator(seed: seed)
    }

    /// `CreateCustomer`: validates every field (`INVALID_ARGUMENT` listing them all) and stores a new customer.
    public mutating func create(_ draft: CustomerDraft) throws(ServiceError) -> Customer {
        let stored = try ContactValidation.validated(draft)
        var id = CustomerID.next(using: &ids)
        while indexByID[id] != nil { id = CustomerID.next(using: &ids) }  // 2⁻¹²² per pair; kept for the invariant
        let customer = Customer(id: id, stored)
        indexByID[id] = entries.count
        entries.append(Entry(customer: customer, flags: []))
        count += 1
        return customer
    }

    /// `GetCustomer`: the live customer with `id`, or `NOT_FOUND` (also for a deleted one).
    public func customer(_ id: String) throws(ServiceError) -> Customer {
        entries[try liveIndex(id)].customer
    }

    /// Any customer ever created with `id`, deleted ones included (to tell `CUSTOMER_UNAUTHENTICATED` from an unknown id).
    public func record(_ id: String) -> Customer? {
        indexByID[id].map { entries[$0].customer }
    }

    /// `UpdateCustomer`: `customer.id` selects, the other fields replace the stored ones after the same
    /// validation as `create` (`INVALID_ARGUMENT` first, then `NOT_FOUND`). `isDeleted` is ignored.
    public mutating func update(_ customer: Customer) throws(ServiceError) -> Customer {
        let stored = try ContactValidation.validated(customer.contact)
        let index = try liveIndex(customer.id)
        entries[index].customer = Customer(id: customer.id, stored)
        return entries[index].customer
    }

    /// `DeleteCustomer`: empties the personal data (the customer extension's profile, tags and saved
    /// addresses too), keeps the id (and the flags, which are configuration and what per-flag statistics
    /// need) and marks the customer deleted; `NOT_FOUND` for an unknown or already deleted id. An active
    /// trip keeps the account it was billed to.
    public mutating func delete(_ id: String) throws(ServiceError) {
        let index = try liveIndex(id)
        entries[index] = Entry(customer: entries[index].customer.anonymised, flags: entries[index].flags)
        count -= 1
    }

    /// The index of the live customer with `id`, or `NOT_FOUND`.
    func liveIndex(_ id: String) throws(ServiceError) -> Int {
        guard let index = indexByID[id], !entries[index].customer.isDeleted else {
            throw .notFound(.customerNotFound, "customer", id: id)
        }
        return index
    }
}
