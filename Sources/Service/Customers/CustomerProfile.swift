/// What the customer extension (ours) keeps of a customer besides contact data, flags, tags and
/// saved addresses: the priority tier, default service requirements and corporate accounts.
public struct CustomerProfile: Hashable, Sendable {
    public var priorityTier: PriorityTier = .standard
    public var requirements = ServiceRequirements()
    /// The accounts the customer may book on, in the order attached.
    public var accounts: [AccountMembership] = []
    /// The account a trip is billed to when its request names none; one of `accounts`, or nil.
    public var defaultAccountID: String?

    public init() {}

    /// The customer's membership of `accountID`, if attached.
    public func membership(of accountID: String) -> AccountMembership? {
        accounts.first { $0.accountID == accountID }
    }
}
