import Service
import Simulation
import Testing

/// The error `body` throws, or nil when it succeeds.
///
/// (Untyped on purpose: a typed-throws closure that captures a `var` crashed the 6.3.1 compiler's
/// capture promotion.)
func serviceError<T>(_ body: () throws -> T) -> ServiceError? {
    do {
        _ = try body()
        return nil
    } catch let error as ServiceError {
        return error
    } catch {
        Issue.record("not a ServiceError: \(error)")
        return nil
    }
}

/// A draft that passes every rule; tests change one field at a time.
let validDraft = CustomerDraft(
    emailAddress: "jane.doe@example.com", phoneNumber: "+4930726219941",
    givenName: "Jane", familyName: "Doe", languageCode: "en")

/// The flags the flag and paging tests configure.
let testFlags = [
    CustomerFlag(name: "vip", effect: .priority(waitWeight: 3)),
    CustomerFlag(name: "staff", readOnly: true),
    CustomerFlag(name: "wheelchair_user", effect: .defaultWheelchair),
    CustomerFlag(name: "newsletter"),
    CustomerFlag(name: "student")
]

/// A directory with `count` valid customers (distinct names), and their ids in creation order.
func directory(with count: Int, flags: [CustomerFlag] = testFlags, seed: UInt64 = 1) -> (CustomerDirectory, [String]) {
    var directory = CustomerDirectory(flags: flags, seed: seed)
    var ids: [String] = []
    for i in 0..<count {
        var draft = validDraft
        draft.givenName = "Rider \(i)"
        ids.append(try! directory.create(draft).id)
    }
    return (directory, ids)
}

extension CustomerDirectory {
    /// Every page of `ListCustomers` with `pageSize`, concatenated.
    func listAll(pageSize: Int32?) throws(ServiceError) -> [Customer] {
        var all: [Customer] = [], token = ""
        repeat {
            let page = try list(pageSize: pageSize, pageToken: token)
            all += page.items
            token = page.nextPageToken
        } while !token.isEmpty
        return all
    }
}
