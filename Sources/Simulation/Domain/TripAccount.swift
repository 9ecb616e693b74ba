/// The corporate account (and department) a trip is billed to.
public struct TripAccount: Hashable, Sendable {
    public var accountID: String
    /// The customer's department in that account, if they were attached to one.
    public var departmentID: String?
    public init(accountID: String, departmentID: String? = nil) {
        self.accountID = accountID; self.departmentID = departmentID
    }
}
