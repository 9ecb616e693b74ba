import Simulation

/// The customer API: thin over `CustomerDirectory`, plus what needs trips (the active trip).
extension TripService {
    public func createCustomer(_ draft: CustomerDraft) throws(ServiceError) -> Customer { try customers.create(draft) }
    public func customer(_ id: String) throws(ServiceError) -> Customer { try customers.customer(id) }
    public func updateCustomer(_ customer: Customer) throws(ServiceError) -> Customer { try customers.update(customer) }
    /// Anonymises the customer; an active trip runs to its end, new offers and orders are refused.
    public func deleteCustomer(_ id: String) throws(ServiceError) { try customers.delete(id) }
    public func listCustomers(pageSize: Int32?, pageToken: String) throws(ServiceError) -> Page<Customer> {
        try customers.list(pageSize: pageSize, pageToken: pageToken)
    }
    public func customers(withPhoneNumber phone: String) throws(ServiceError) -> [Customer] {
        try customers.customers(withPhoneNumber: phone)
    }
    public func addCustomerFlag(_ flag: String, to id: String) throws(ServiceError) {
        try customers.addFlag(flag, to: id)
    }
    public func removeCustomerFlag(_ flag: String, from id: String) throws(ServiceError) {
        try customers.removeFlag(flag, from: id)
    }
    public func listCustomerFlags(of id: String, pageSize: Int32?, pageToken: String) throws(ServiceError) -> Page<
        String
    > {
        try customers.listFlags(of: id, pageSize: pageSize, pageToken: pageToken)
    }

    /// The customer's current trip (ordered or in fulfilment), if any.
    public func activeTrip(of customerID: String) throws(ServiceError) -> TripStatus? {
        _ = try customers.customer(customerID)
        guard let r = activeTripIndex(of: customerID) else { return nil }
        return view(r)
    }

    func activeTripIndex(of customerID: String) -> Int32? {
        guard let r = latestTrip[customerID], let state = desk.state(r), !state.isTerminal else { return nil }
        return r
    }

    /// The caller's customer: present, known and not deleted (else `CUSTOMER_ID_MISSING` / `CUSTOMER_UNAUTHENTICATED`).
    func authenticatedCustomer(_ id: String?) throws(ServiceError) -> Customer {
        guard let id, !id.isEmpty else {
            throw ServiceError(
                .customerIDMissing, "the call needs a customer id; send the customer-id of the customer who books")
        }
        guard let c = customers.record(id), !c.isDeleted else {
            throw ServiceError(
                .customerUnauthenticated, "customer \(id) is unknown or deleted; create the customer first")
        }
        return c
    }
}
