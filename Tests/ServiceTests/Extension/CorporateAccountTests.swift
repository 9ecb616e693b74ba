import Service
import Simulation
import TestSupport
import Testing

/// The customer extension's corporate accounts: create (every bad field at once), list, attach and
/// detach customers, the default account.
@Suite("Corporate accounts")
struct CorporateAccountTests {
    @Test("an account gets a generated id and departments dep-1, dep-2, …; the log records it")
    func create() throws {
        let live = LiveWorld(TestWorld())
        let account = try live.service.createAccount(name: "Acme GmbH", departments: ["Sales", "Engineering"])
        #expect(account.departments == [.init(id: "dep-1", name: "Sales"), .init(id: "dep-2", name: "Engineering")])
        #expect(account.id.count == 36)
        let logged = live.sink.events.compactMap { e -> CorporateAccount? in
            if case .accountCreated(let a) = e.kind { a } else { nil }
        }
        #expect(logged == [account])
    }

    @Test("every bad field at once: INVALID_ACCOUNT on name and each bad department")
    func invalid() throws {
        let live = LiveWorld(TestWorld())
        expect(
            serviceError {
                try live.service.createAccount(
                    name: "", departments: ["Sales", " ", "Sales", String(repeating: "d", count: 101)])
            }, .invalidArgument, .invalidAccount,
            fields: ["name", "departments[1]", "departments[2]", "departments[3]"])
        expect(
            serviceError {
                try live.service.createAccount(name: "Big", departments: (0...100).map { "d\($0)" })
            }, .invalidArgument, .invalidAccount, fields: ["departments"])
        #expect(try live.service.listAccounts(pageSize: nil, pageToken: "").items.isEmpty)
    }

    @Test("accounts list in creation order, paged")
    func list() throws {
        let live = LiveWorld(TestWorld())
        let ids = try (0..<3).map { try live.service.createAccount(name: "A\($0)", departments: []).id }
        let first = try live.service.listAccounts(pageSize: 2, pageToken: "")
        let second = try live.service.listAccounts(pageSize: 2, pageToken: first.nextPageToken)
        #expect((first.items + second.items).map(\.id) == ids && second.isLast)
        expect(
            serviceError { try live.service.listAccounts(pageSize: 3, pageToken: first.nextPageToken) },
            .invalidArgument, .invalidPageToken, fields: ["page_token"])
    }

    @Test("the first account attached is the default; make_default moves it; detaching it leaves none")
    func defaultAccount() throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        let a = try live.service.createAccount(name: "A", departments: ["Sales"])
        let b = try live.service.createAccount(name: "B", departments: [])
        var profile = try live.service.attachCustomer(id, toAccount: a.id, department: "dep-1")
        #expect(profile.defaultAccountID == a.id && profile.accounts == [.init(accountID: a.id, departmentID: "dep-1")])
        profile = try live.service.attachCustomer(id, toAccount: b.id)
        #expect(profile.defaultAccountID == a.id)
        profile = try live.service.attachCustomer(id, toAccount: b.id, makeDefault: true)
        #expect(profile.defaultAccountID == b.id && profile.accounts.count == 2)
        profile = try live.service.attachCustomer(id, toAccount: a.id, department: "")
        #expect(profile.accounts.first == .init(accountID: a.id) && profile.defaultAccountID == b.id)
        profile = try live.service.detachCustomer(id, fromAccount: b.id)
        #expect(profile.defaultAccountID == nil && profile.accounts.map(\.accountID) == [a.id])
        profile = try live.service.detachCustomer(id, fromAccount: b.id)
        #expect(profile == (try live.service.customerProfile(of: id)))
    }

    @Test("attach and detach errors: CUSTOMER_NOT_FOUND, ACCOUNT_NOT_FOUND, INVALID_DEPARTMENT, ACCOUNT_LIMIT_REACHED")
    func errors() throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        let a = try live.service.createAccount(name: "A", departments: ["Sales"])
        expect(
            serviceError { try live.service.attachCustomer("nobody", toAccount: a.id) }, .notFound, .customerNotFound)
        expect(serviceError { try live.service.attachCustomer(id, toAccount: "none") }, .notFound, .accountNotFound)
        expect(
            serviceError { try live.service.attachCustomer(id, toAccount: a.id, department: "dep-2") },
            .invalidArgument, .invalidDepartment, fields: ["department_id"])
        expect(
            serviceError { try live.service.detachCustomer("nobody", fromAccount: a.id) }, .notFound, .customerNotFound)
        expect(serviceError { try live.service.detachCustomer(id, fromAccount: "none") }, .notFound, .accountNotFound)
        for k in 0..<CustomerDirectory.maxAccountsPerCustomer {
            _ = try live.service.attachCustomer(
                id, toAccount: try live.service.createAccount(name: "X\(k)", departments: []).id)
        }
        expect(
            serviceError { try live.service.attachCustomer(id, toAccount: a.id) }, .failedPrecondition,
            .accountLimitReached)
    }
}
