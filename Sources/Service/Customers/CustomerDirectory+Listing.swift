/// `ListCustomers` and the look-up by phone number.
extension CustomerDirectory {
    /// `ListCustomers`: live customers in creation order, paged (see `PageRequest`).
    ///
    /// The token's position is the creation sequence of the last customer served, so a page continues
    /// right after it whatever was created or deleted in between: every customer that exists throughout
    /// the listing is served exactly once; one created meanwhile is served (it sorts last); one deleted
    /// before its page is not.
    /// - Complexity: O(page size + deleted customers skipped).
    public func list(pageSize: Int32?, pageToken: String) throws(ServiceError) -> Page<Customer> {
        let request = try PageRequest(
            pageSize: pageSize, pageToken: pageToken, kind: .customers,
            fingerprint: listFingerprint, maxPosition: entries.count)
        var items: [Customer] = []
        var index = request.after  // the first index after the last sequence seen
        while index < entries.count, items.count < request.size {
            if !entries[index].customer.isDeleted { items.append(entries[index].customer) }
            index += 1
        }
        let more = entries[index...].contains { !$0.customer.isDeleted }
        let next = more ? request.nextToken(.customers, position: index) : ""
        return Page(items: items, nextPageToken: next)
    }

    /// Live customers whose phone number is `phoneNumber` once normalised, in creation order;
    /// `INVALID_ARGUMENT` on `phone_number` when it is not a valid number.
    /// - Complexity: O(customers ever created).
    public func customers(withPhoneNumber phoneNumber: String) throws(ServiceError) -> [Customer] {
        if let problem = PhoneNumber.problem(phoneNumber) {
            throw .invalidArgument(
                "the phone number to look up is invalid",
                [FieldViolation(field: "phone_number", description: "phone_number \(problem)")],
                reason: .invalidPhoneNumber)
        }
        let wanted = PhoneNumber.stripped(phoneNumber)
        return entries.lazy.map(\.customer).filter { !$0.isDeleted && $0.phoneNumber == wanted }
    }

    var listFingerprint: UInt64 { Fingerprint.of(["customers", String(seed)]) }
}
