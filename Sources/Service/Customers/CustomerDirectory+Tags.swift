/// The customer extension's free-form tags (ours): `AddCustomerTag`, `RemoveCustomerTag`,
/// `ListCustomerTags`, idempotent like the flags. Tags follow `CustomerTag`'s rule.
extension CustomerDirectory {
    /// Adds a tag (adding a tag already there succeeds). `INVALID_ARGUMENT` / `INVALID_TAG` on `tag`,
    /// then `NOT_FOUND`, then `FAILED_PRECONDITION` / `TAG_LIMIT_REACHED` past `CustomerTag.maxPerCustomer`.
    public mutating func addTag(_ tag: String, to id: String) throws(ServiceError) {
        try Self.checkTag(tag)
        let index = try liveIndex(id)
        guard !entries[index].tags.items.contains(tag) else { return }
        guard entries[index].tags.count < CustomerTag.maxPerCustomer else {
            throw ServiceError(
                .tagLimitReached,
                "customer \(id) carries \(CustomerTag.maxPerCustomer) tags already; remove one first")
        }
        entries[index].tags.append(tag)
    }

    /// Removes a tag (removing a tag not there succeeds); errors as `addTag`, without the limit.
    public mutating func removeTag(_ tag: String, from id: String) throws(ServiceError) {
        try Self.checkTag(tag)
        let index = try liveIndex(id)
        entries[index].tags.removeAll { $0 == tag }
    }

    /// The customer's tags in the order added, paged (see `PageRequest`; the token is bound to the
    /// customer and the page size). `INVALID_ARGUMENT` for bad paging, then `NOT_FOUND`.
    public func listTags(of id: String, pageSize: Int32?, pageToken: String) throws(ServiceError) -> Page<String> {
        let request = try PageRequest(
            pageSize: pageSize, pageToken: pageToken, kind: .customerTags,
            fingerprint: Fingerprint.of(["customerTags", String(seed), id]),
            maxPosition: indexByID[id].map { entries[$0].tags.lastSequence } ?? 0)
        return entries[try liveIndex(id)].tags.page(request, .customerTags)
    }

    private static func checkTag(_ tag: String) throws(ServiceError) {
        if let problem = CustomerTag.problem(tag) {
            throw .invalidArgument(
                "the tag is invalid", [FieldViolation(field: "tag", description: "tag \(problem)")],
                reason: .invalidTag)
        }
    }
}
