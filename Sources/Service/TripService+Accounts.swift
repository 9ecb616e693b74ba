import Simulation

/// The customer extension's corporate accounts (ours): create and list accounts, attach customers, and
/// the account a trip is billed to.
extension TripService {
    /// Creates an account (see `AccountDirectory.create`) and records it in the run's log.
    public func createAccount(name: String, departments: [String]) throws(ServiceError) -> CorporateAccount {
        let account = try accounts.create(name: name, departments: departments)
        desk.report(account: account)
        return account
    }

    public func listAccounts(pageSize: Int32?, pageToken: String) throws(ServiceError) -> Page<CorporateAccount> {
        try accounts.list(pageSize: pageSize, pageToken: pageToken)
    }

    /// Attaches a customer to an account, optionally to one of its departments (empty or nil: none).
    /// `NOT_FOUND`: `CUSTOMER_NOT_FOUND`, `ACCOUNT_NOT_FOUND`; then `INVALID_ARGUMENT` / `INVALID_DEPARTMENT`
    /// on `department_id` for a department the account does not have; `ACCOUNT_LIMIT_REACHED`.
    public func attachCustomer(
        _ customerID: String, toAccount accountID: String, department: String? = nil, makeDefault: Bool = false
    ) throws(ServiceError) -> CustomerProfile {
        _ = try customers.profile(of: customerID)
        let account = try accounts.account(accountID)
        let department = department?.isEmpty == false ? department : nil
        if let department, !account.departments.contains(where: { $0.id == department }) {
            let known = account.departments.map(\.id).joined(separator: ", ")
            throw .invalidArgument(
                "account \(accountID) has no department \(department)",
                [
                    FieldViolation(
                        field: "department_id",
                        description: "not a department of this account; use one of: \(known.isEmpty ? "none" : known)")
                ], reason: .invalidDepartment)
        }
        return try customers.attach(
            AccountMembership(accountID: accountID, departmentID: department), to: customerID,
            makeDefault: makeDefault)
    }

    /// Detaches a customer from an account. `NOT_FOUND`: `CUSTOMER_NOT_FOUND`, `ACCOUNT_NOT_FOUND`.
    public func detachCustomer(_ customerID: String, fromAccount accountID: String) throws(ServiceError)
        -> CustomerProfile
    {
        _ = try customers.profile(of: customerID)
        _ = try accounts.account(accountID)
        return try customers.detach(accountID: accountID, from: customerID)
    }

    /// The account a new trip of `customer` is billed to: the one named (which the customer must be
    /// attached to, else `PERMISSION_DENIED` / `ACCOUNT_NOT_ALLOWED`), or else the customer's default.
    func tripAccount(of customer: Customer, named accountID: String?) throws(ServiceError) -> TripAccount? {
        let profile = customers.recordedProfile(of: customer.id) ?? CustomerProfile()
        let named = accountID?.isEmpty == false ? accountID : nil
        guard let id = named ?? profile.defaultAccountID else { return nil }
        guard let membership = profile.membership(of: id) else {
            throw ServiceError(
                .accountNotAllowed,
                "customer \(customer.id) may not book on account \(id) (unknown, or the customer is not attached to it)"
            )
        }
        return TripAccount(accountID: id, departmentID: membership.departmentID)
    }
}
