/// The customer extension's saved addresses (ours): add, list, remove, and the look-up that offer
/// requests use (`saved_address_id`).
extension CustomerDirectory {
    /// Saves a named place. `INVALID_ARGUMENT` / `INVALID_SAVED_ADDRESS` listing every bad field
    /// (`name`, `address.location`, the address texts), then `NOT_FOUND`, then `FAILED_PRECONDITION` /
    /// `SAVED_ADDRESS_LIMIT_REACHED` past `SavedAddress.maxPerCustomer`.
    public mutating func addAddress(named name: String, _ place: NamedLocation, to id: String) throws(ServiceError)
        -> SavedAddress
    {
        var place = place
        place.savedAddressID = nil
        let violations = SavedAddress.violations(name: name, place: place)
        guard violations.isEmpty else {
            throw .invalidArgument(
                "the saved address is invalid (\(violations.map(\.field).joined(separator: ", ")))", violations,
                reason: .invalidSavedAddress)
        }
        let index = try liveIndex(id)
        guard entries[index].addresses.count < SavedAddress.maxPerCustomer else {
            throw ServiceError(
                .savedAddressLimitReached,
                "customer \(id) has \(SavedAddress.maxPerCustomer) saved addresses already; remove one first")
        }
        let address = SavedAddress(
            id: SavedAddress.id(entries[index].addresses.lastSequence + 1), name: name, place: place)
        entries[index].addresses.append(address)
        return address
    }

    /// Removes a saved address. `NOT_FOUND`: `CUSTOMER_NOT_FOUND`, then `SAVED_ADDRESS_NOT_FOUND`.
    public mutating func removeAddress(_ addressID: String, from id: String) throws(ServiceError) {
        let index = try liveIndex(id)
        guard entries[index].addresses.removeAll(where: { $0.id == addressID }) else {
            throw .notFound(.savedAddressNotFound, "saved address of customer \(id)", id: addressID)
        }
    }

    /// The customer's saved addresses in the order saved, paged like `listTags`.
    public func listAddresses(of id: String, pageSize: Int32?, pageToken: String) throws(ServiceError)
        -> Page<SavedAddress>
    {
        let request = try PageRequest(
            pageSize: pageSize, pageToken: pageToken, kind: .savedAddresses,
            fingerprint: Fingerprint.of(["savedAddresses", String(seed), id]),
            maxPosition: indexByID[id].map { entries[$0].addresses.lastSequence } ?? 0)
        return entries[try liveIndex(id)].addresses.page(request, .savedAddresses)
    }

    /// The live customer's saved address `addressID`, if there is one.
    public func address(_ addressID: String, of id: String) -> SavedAddress? {
        guard let index = indexByID[id], !entries[index].customer.isDeleted else { return nil }
        return entries[index].addresses.items.first { $0.id == addressID }
    }
}
