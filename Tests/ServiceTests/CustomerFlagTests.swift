import Service
import Simulation
import Testing

/// `AddCustomerFlag`, `RemoveCustomerFlag`, `ListCustomerFlags` and the flags the engine reads.
@Suite("Customer flags")
struct CustomerFlagTests {
    @Test("adding a set flag and removing an unset one succeed")
    func idempotent() throws {
        var (directory, ids) = directory(with: 2)
        try directory.addFlag("vip", to: ids[0])
        try directory.addFlag("vip", to: ids[0])
        #expect(directory.flags(of: ids[0]) == ["vip"])
        try directory.removeFlag("newsletter", from: ids[0])
        #expect(directory.flags(of: ids[0]) == ["vip"])
        try directory.removeFlag("vip", from: ids[0])
        try directory.removeFlag("vip", from: ids[0])
        #expect(directory.flags(of: ids[0]).isEmpty)
        #expect(directory.flags(of: ids[1]).isEmpty)
    }

    @Test(
        "an unknown or read-only flag is INVALID_ARGUMENT on flag, naming the flags that can be set",
        arguments: [("gold", true), ("VIP", true), ("", true), ("staff", false)])
    func badFlag(name: String, unknown: Bool) {
        var (directory, ids) = directory(with: 1)
        for error in [
            serviceError { try directory.addFlag(name, to: ids[0]) },
            serviceError { try directory.removeFlag(name, from: ids[0]) }
        ] {
            #expect(
                error?.code == .invalidArgument && error?.reason == (unknown ? .invalidFlag : .readOnlyFlag)
                    && error?.violatingFields == ["flag"])
            let text = error?.fieldViolations.first?.description ?? ""
            #expect(text.contains(unknown ? "not configured" : "read-only"))
            #expect(text.contains("vip, wheelchair_user, newsletter, student"))
        }
        #expect(directory.flags(of: ids[0]).isEmpty)
    }

    @Test("flags on an unknown or deleted customer are NOT_FOUND")
    func notFound() throws {
        var (directory, ids) = directory(with: 2)
        try directory.delete(ids[1])
        for id in ["nope", ids[1]] {
            #expect(serviceError { try directory.addFlag("vip", to: id) }?.code == .notFound)
            #expect(serviceError { try directory.removeFlag("vip", from: id) }?.code == .notFound)
            #expect(serviceError { try directory.listFlags(of: id, pageSize: nil, pageToken: "") }?.code == .notFound)
        }
        #expect(directory.flags(of: "nope").isEmpty && directory.flagDefinitions(of: "nope").isEmpty)
    }

    @Test("the operator sets read-only flags; listing and definitions follow the catalogue's order")
    func operatorFlags() throws {
        var (directory, ids) = directory(with: 1)
        try directory.addFlag("student", to: ids[0])
        directory.setFlagBypassingReadOnly("wheelchair_user", on: ids[0])
        directory.setFlagBypassingReadOnly("staff", on: ids[0])
        try directory.addFlag("vip", to: ids[0])
        #expect(
            try directory.listFlags(of: ids[0], pageSize: nil, pageToken: "")
                == Page(items: ["vip", "staff", "wheelchair_user", "student"], nextPageToken: ""))
        #expect(directory.flagDefinitions(of: ids[0]).map(\.name) == ["vip", "staff", "wheelchair_user", "student"])
        #expect(directory.flagDefinitions(of: ids[0]).first?.effect == .priority(waitWeight: 3))
        #expect(directory.flagCatalog == testFlags)
    }

    @Test(
        "flag listing pages in catalogue order with flags added and removed between pages", arguments: [Int32(1), 2, 3])
    func paging(size: Int32) throws {
        let many = (0..<12).map { CustomerFlag(name: "f\($0)") }
        var (directory, ids) = directory(with: 1, flags: many)
        for i in [1, 3, 4, 7, 8, 10] { try directory.addFlag("f\(i)", to: ids[0]) }
        var seen: [String] = [], token = ""
        var page = try directory.listFlags(of: ids[0], pageSize: size, pageToken: token)
        seen += page.items
        token = page.nextPageToken
        #expect(page.items.count == Int(size))
        // Between pages: one flag before the position removed, one after it added, one after it removed.
        try directory.removeFlag("f1", from: ids[0])
        try directory.addFlag("f11", to: ids[0])
        try directory.removeFlag("f10", from: ids[0])
        while !token.isEmpty {
            page = try directory.listFlags(of: ids[0], pageSize: size, pageToken: token)
            #expect(page.items.count <= Int(size))
            seen += page.items
            token = page.nextPageToken
        }
        // f3, f4, f7, f8 existed throughout: once each; f1 was served before it went; f11 came after the
        // position and is served; f10 went before its page and is not.
        #expect(seen == ["f1", "f3", "f4", "f7", "f8", "f11"])
    }

    @Test("a flag page token is bound to its customer and list: another customer's or ListCustomers' is rejected")
    func foreignTokens() throws {
        let many = (0..<5).map { CustomerFlag(name: "f\($0)") }
        var (directory, ids) = directory(with: 60, flags: many)
        for id in ids.prefix(2) { for i in 0..<5 { try directory.addFlag("f\(i)", to: id) } }
        let own = try directory.listFlags(of: ids[0], pageSize: 2, pageToken: "").nextPageToken
        #expect(try directory.listFlags(of: ids[0], pageSize: 2, pageToken: own).items == ["f2", "f3"])
        let customersToken = try directory.list(pageSize: 2, pageToken: "").nextPageToken
        for token in [own, customersToken] {
            let error = serviceError {
                try directory.listFlags(of: token == own ? ids[1] : ids[0], pageSize: 2, pageToken: token)
            }
            #expect(error?.code == .invalidArgument && error?.violatingFields == ["page_token"])
        }
        // And the other way round: a flag token given to ListCustomers.
        let error = serviceError { try directory.list(pageSize: 2, pageToken: own) }
        #expect(error?.code == .invalidArgument && error?.violatingFields == ["page_token"])
    }

    @Test("no flags: one empty last page")
    func empty() throws {
        let (directory, ids) = directory(with: 1)
        #expect(try directory.listFlags(of: ids[0], pageSize: 1, pageToken: "") == Page(items: [], nextPageToken: ""))
    }
}
