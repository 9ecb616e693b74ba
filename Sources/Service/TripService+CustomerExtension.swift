import Simulation

/// The customer extension (ours, not the integration API's): look-up by phone, the current trip,
/// priority tier, default service requirements, tags and saved addresses. Thin over `CustomerDirectory`.
extension TripService {
    public func searchCustomers(phoneNumber: String, pageSize: Int32?, pageToken: String) throws(ServiceError)
        -> Page<Customer>
    {
        try customers.customers(withPhoneNumber: phoneNumber, pageSize: pageSize, pageToken: pageToken)
    }

    /// The customer's current trip (ordered or in fulfilment): `NOT_FOUND` / `CUSTOMER_NOT_FOUND`, or
    /// `NOT_FOUND` / `NO_CURRENT_TRIP` when the customer has none.
    public func currentTrip(of customerID: String) throws(ServiceError) -> TripStatus {
        guard let trip = try activeTrip(of: customerID) else {
            throw ServiceError(
                .noCurrentTrip, "customer \(customerID) has no trip in progress (none ordered, or the last one ended)")
        }
        return trip
    }

    public func customerProfile(of customerID: String) throws(ServiceError) -> CustomerProfile {
        try customers.profile(of: customerID)
    }

    public func setPriorityTier(_ tier: PriorityTier, of customerID: String) throws(ServiceError) -> CustomerProfile {
        try customers.setPriorityTier(tier, of: customerID)
    }

    public func setDefaultRequirements(_ requirements: ServiceRequirements, of customerID: String)
        throws(ServiceError) -> CustomerProfile
    {
        try customers.setRequirements(requirements, of: customerID)
    }

    public func addCustomerTag(_ tag: String, to customerID: String) throws(ServiceError) {
        try customers.addTag(tag, to: customerID)
    }

    public func removeCustomerTag(_ tag: String, from customerID: String) throws(ServiceError) {
        try customers.removeTag(tag, from: customerID)
    }

    public func listCustomerTags(of customerID: String, pageSize: Int32?, pageToken: String) throws(ServiceError)
        -> Page<String>
    {
        try customers.listTags(of: customerID, pageSize: pageSize, pageToken: pageToken)
    }

    public func addSavedAddress(named name: String, _ place: NamedLocation, to customerID: String)
        throws(ServiceError) -> SavedAddress
    {
        try customers.addAddress(named: name, place, to: customerID)
    }

    public func removeSavedAddress(_ addressID: String, from customerID: String) throws(ServiceError) {
        try customers.removeAddress(addressID, from: customerID)
    }

    public func listSavedAddresses(of customerID: String, pageSize: Int32?, pageToken: String)
        throws(ServiceError) -> Page<SavedAddress>
    {
        try customers.listAddresses(of: customerID, pageSize: pageSize, pageToken: pageToken)
    }

    /// The matcher's weight on this customer's wait: the largest of the default, the customer's
    /// priority flags and, for a VIP, the scenario's `customers.vipWaitWeight`.
    func waitWeight(flags: [CustomerFlag], tier: PriorityTier) -> Double {
        var weight = desk.defaultWaitWeight
        for flag in flags { if case .priority(let w) = flag.effect { weight = max(weight, w) } }
        if tier == .vip { weight = max(weight, desk.rules.customers.vipWaitWeight) }
        return weight
    }
}
