import Simulation

/// The corporate accounts of one service instance (the customer extension, ours): create, get, list.
///
/// Accounts are kept in creation order and never deleted; ids are UUIDs drawn from a generator seeded
/// at creation (the same calls give the same ids), department ids are `dep-1`, `dep-2`, … per account.
public struct AccountDirectory: Sendable {
    /// Every account, in creation order; an account's position in listings is its index + 1.
    public private(set) var accounts: [CorporateAccount] = []
    private var indexByID: [String: Int] = [:]
    private let seed: UInt64
    private var ids: SeededGenerator

    public init(seed: UInt64) {
        self.seed = seed
        ids = SeededGenerator(seed: seed)
    }

    /// `CreateCorporateAccount`: an account named `name` with one department per name in `departments`.
    /// `INVALID_ARGUMENT` / `INVALID_ACCOUNT` listing every bad field (`name`, `departments[k]`: empty,
    /// over 100 characters, a department named twice, more than 100 departments).
    public mutating func create(name: String, departments: [String]) throws(ServiceError) -> CorporateAccount {
        let violations = Self.violations(name: name, departments: departments)
        guard violations.isEmpty else {
            throw .invalidArgument(
                "the corporate account is invalid (\(violations.map(\.field).joined(separator: ", ")))",
                violations, reason: .invalidAccount)
        }
        var id = CustomerID.next(using: &ids)
        while indexByID[id] != nil { id = CustomerID.next(using: &ids) }
        let account = CorporateAccount(
            id: id, name: name,
            departments: departments.enumerated().map {
                CorporateAccount.Department(id: CorporateAccount.departmentID($0 + 1), name: $1)
            })
        indexByID[id] = accounts.count
        accounts.append(account)
        return account
    }

    /// The account with `id`, or `NOT_FOUND` / `ACCOUNT_NOT_FOUND`.
    public func account(_ id: String) throws(ServiceError) -> CorporateAccount {
        guard let index = indexByID[id] else { throw .notFound(.accountNotFound, "corporate account", id: id) }
        return accounts[index]
    }

    /// `ListCorporateAccounts`: every account in creation order, paged (see `PageRequest`).
    public func list(pageSize: Int32?, pageToken: String) throws(ServiceError) -> Page<CorporateAccount> {
        let request = try PageRequest(
            pageSize: pageSize, pageToken: pageToken, kind: .corporateAccounts,
            fingerprint: Fingerprint.of(["corporateAccounts", String(seed)]), maxPosition: accounts.count)
        return request.page(.corporateAccounts, of: accounts.lazy.enumerated().map { (position: $0 + 1, item: $1) })
    }

    static func violations(name: String, departments: [String]) -> [FieldViolation] {
        var found: [FieldViolation] = []
        if let problem = CorporateAccount.nameProblem(name) {
            found.append(FieldViolation(field: "name", description: "name \(problem)"))
        }
        if departments.count > CorporateAccount.maxDepartments {
            found.append(
                FieldViolation(
                    field: "departments",
                    description:
                        "lists \(departments.count) departments; use at most \(CorporateAccount.maxDepartments)"))
        }
        var seen: Set<String> = []
        for (k, department) in departments.enumerated() {
            let field = "departments[\(k)]"
            if let problem = CorporateAccount.nameProblem(department) {
                found.append(FieldViolation(field: field, description: "the department's name \(problem)"))
            } else if !seen.insert(department).inserted {
                found.append(
                    FieldViolation(field: field, description: "\"\(department)\" is listed twice; name each once"))
            }
        }
        return found
    }
}
