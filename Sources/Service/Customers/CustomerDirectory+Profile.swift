/// The customer extension's profile (ours): priority tier, default service requirements and corporate
/// account memberships. Every call answers `NOT_FOUND` / `CUSTOMER_NOT_FOUND` for an unknown or
/// deleted customer.
extension CustomerDirectory {
    /// The most corporate accounts one customer is attached to.
    public static let maxAccountsPerCustomer = 20

    /// The live customer's profile.
    public func profile(of id: String) throws(ServiceError) -> CustomerProfile {
        entries[try liveIndex(id)].profile
    }

    /// The profile of any customer ever created (a deleted one's is empty); nil for an unknown id.
    public func recordedProfile(of id: String) -> CustomerProfile? {
        indexByID[id].map { entries[$0].profile }
    }

    /// Sets the priority tier; returns the profile.
    public mutating func setPriorityTier(_ tier: PriorityTier, of id: String) throws(ServiceError) -> CustomerProfile {
        let index = try liveIndex(id)
        entries[index].profile.priorityTier = tier
        return entries[index].profile
    }

    /// Replaces the default service requirements; returns the profile.
    public mutating func setRequirements(_ requirements: ServiceRequirements, of id: String) throws(ServiceError)
        -> CustomerProfile
    {
        let index = try liveIndex(id)
        entries[index].profile.requirements = requirements
        return entries[index].profile
    }

    /// Attaches the customer to an account the caller has checked (attaching again replaces the
    /// department and keeps the place); the account becomes the default with `makeDefault`, or when the
    /// customer has no default yet. `ACCOUNT_LIMIT_REACHED` past `maxAccountsPerCustomer` accounts.
    public mutating func attach(_ membership: AccountMembership, to id: String, makeDefault: Bool)
        throws(ServiceError) -> CustomerProfile
    {
        let index = try liveIndex(id)
        var profile = entries[index].profile
        if let k = profile.accounts.firstIndex(where: { $0.accountID == membership.accountID }) {
            profile.accounts[k] = membership
        } else {
            guard profile.accounts.count < Self.maxAccountsPerCustomer else {
                throw ServiceError(
                    .accountLimitReached,
                    "customer \(id) is attached to \(Self.maxAccountsPerCustomer) accounts already; detach one first")
            }
            profile.accounts.append(membership)
        }
        if makeDefault || profile.defaultAccountID == nil { profile.defaultAccountID = membership.accountID }
        entries[index].profile = profile
        return profile
    }

    /// Detaches the customer from an account (detaching an account not attached succeeds); detaching
    /// the default account leaves the customer without one.
    public mutating func detach(accountID: String, from id: String) throws(ServiceError) -> CustomerProfile {
        let index = try liveIndex(id)
        entries[index].profile.accounts.removeAll { $0.accountID == accountID }
        if entries[index].profile.defaultAccountID == accountID { entries[index].profile.defaultAccountID = nil }
        return entries[index].profile
    }
}
