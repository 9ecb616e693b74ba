import Foundation
import Simulation
import Yams

/// The `customers` section: the customer extension's VIP wait weight and the simulated customers' mix
/// (VIP tier, default requirements, corporate accounts).
extension ScenarioParser {
    static let customerKeys = [
        "vipWaitWeight", "vipShare", "defaultWheelchairShare", "defaultChildSeatShare", "defaultChildSeat", "accounts"
    ]

    func parseCustomers(_ root: MapReader) -> CustomerRules? {
        let r = root.map("customers", known: Self.customerKeys)
        let d = CustomerRules()
        let weight = r.number("vipWaitWeight", default: d.vipWaitWeight, .above(0, upTo: 1e6))
        let vip = r.number("vipShare", default: d.vipShare, .probability)
        let wheelchair = r.number("defaultWheelchairShare", default: d.defaultWheelchairShare, .probability)
        let childSeat = r.number("defaultChildSeatShare", default: d.defaultChildSeatShare, .probability)
        let seats = ChildSeat.allCases.filter { $0 != .notNeeded }.map { ($0.rawValue, $0) }
        let seat = oneOf(r, "defaultChildSeat", seats, default: d.defaultChildSeat)
        let accounts = parseAccounts(r)
        guard let weight, let vip, let wheelchair, let childSeat, let seat, let accounts else { return nil }
        return CustomerRules(
            vipWaitWeight: weight, vipShare: vip, defaultWheelchairShare: wheelchair,
            defaultChildSeatShare: childSeat, defaultChildSeat: seat, accounts: accounts)
    }

    /// `customers.accounts`: names and departments by the service's rules, shares summing to at most 1.
    private func parseAccounts(_ r: MapReader) -> [AccountShare]? {
        guard r.has("accounts") else { return [] }
        guard let items = r.sequence("accounts") else { return nil }
        var accounts: [AccountShare] = [], ok = true
        for (node, path) in items {
            let a = MapReader(node, path: path, known: ["name", "departments", "share"], sink: sink)
            let name = a.string("name", default: nil, fix: "add `name: Acme GmbH` (the account's name)")
            if let name, let problem = CorporateAccount.nameProblem(name) {
                a.problem("name", "the account's name \(problem)", fix: "give a name of 1 to 100 characters")
            }
            let departments = stringList(a, "departments")
            for (k, department) in (departments ?? []).enumerated() {
                if let problem = CorporateAccount.nameProblem(department) {
                    a.problem("departments", "departments[\(k)] \(problem)", fix: "give names of 1 to 100 characters")
                } else if departments?.firstIndex(of: department) != k {
                    a.problem("departments", "'\(department)' is listed twice", fix: "list every department once")
                }
            }
            if (departments?.count ?? 0) > CorporateAccount.maxDepartments {
                a.problem(
                    "departments", "lists more than \(CorporateAccount.maxDepartments) departments",
                    fix: "list at most \(CorporateAccount.maxDepartments)")
            }
            let share = a.number("share", default: nil, .probability, fix: "add `share: 0.1` (of simulated customers)")
            guard let name, let departments, let share else { ok = false; continue }
            accounts.append(AccountShare(name: name, departments: departments, share: share))
        }
        let total = accounts.reduce(0) { $0 + $1.share }
        if ok, total > 1 + 1e-9 {
            r.problem(
                "accounts",
                "the shares add up to \(String(format: "%.6g", total)); a customer joins at most one account",
                fix: "make the accounts' shares add up to at most 1")
        }
        return ok ? accounts : nil
    }
}
