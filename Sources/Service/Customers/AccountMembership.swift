/// A customer's attachment to a corporate account (and, optionally, one of its departments).
public struct AccountMembership: Hashable, Sendable {
    public var accountID: String
    /// Empty when the customer belongs to the account but to no department of it.
    public var departmentID: String?

    public init(accountID: String, departmentID: String? = nil) {
        self.accountID = accountID; self.departmentID = departmentID
    }
}
