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
        if let violation = Self.phoneViolation(phoneNumber) {
            throw .invalidArgument("the phone number to look up is invalid", [violation], reason: .invalidPhoneNumber)
        }
        return matches(phone: PhoneNumber.stripped(phoneNumber)).map(\.item)
    }

    /// `SearchCustomersByPhone` (the customer extension, ours): `customers(withPhoneNumber:)` paged like
    /// `ListCustomers` (the token is bound to the normalised number and the page size). A bad number and
    /// bad paging are reported at once (the reason is the number's then).
    /// - Complexity: O(customers ever created).
    public func customers(withPhoneNumber phoneNumber: String, pageSize: Int32?, pageToken: String)
        throws(ServiceError) -> Page<Customer>
    {
        let phone = PhoneNumber.stripped(phoneNumber)
        var violations = Self.phoneViolation(phoneNumber).map { [$0] } ?? []
        var request: PageRequest?, pagingReason = ErrorReason.invalidPageSize
        do {
            request = try PageRequest(
                pageSize: pageSize, pageToken: pageToken, kind: .customersByPhone,
                fingerprint: Fingerprint.of(["customersByPhone", String(seed), phone]), maxPosition: entries.count)
        } catch {
            violations += error.fieldViolations
            pagingReason = error.reason
        }
        guard violations.isEmpty, let request else {
            throw .invalidArgument(
                "the phone look-up is invalid", violations,
                reason: violations[0].field == "phone_number" ? .invalidPhoneNumber : pagingReason)
        }
        return request.page(.customersByPhone, of: matches(phone: phone))
    }

    /// Live customers with this (stored, normalised) number, each with its creation sequence.
    private func matches(phone: String) -> some Sequence<(position: Int, item: Customer)> {
        entries.lazy.enumerated().filter { !$1.customer.isDeleted && $1.customer.phoneNumber == phone }
            .map { (position: $0 + 1, item: $1.customer) }
    }

    private static func phoneViolation(_ phoneNumber: String) -> FieldViolation? {
        PhoneNumber.problem(phoneNumber).map {
            FieldViolation(field: "phone_number", description: "phone_number \($0)")
        }
    }

    var listFingerprint: UInt64 { Fingerprint.of(["customers", String(seed)]) }
}
