import Simulation

/// `AddCustomerFlag`, `RemoveCustomerFlag`, `ListCustomerFlags`, and the flags the engine reads.
extension CustomerDirectory {
    /// `AddCustomerFlag`: sets a writable flag (setting a set flag succeeds). `INVALID_ARGUMENT` on
    /// `flag` for an unknown or read-only flag, then `NOT_FOUND` for an unknown or deleted customer.
    public mutating func addFlag(_ name: String, to id: String) throws(ServiceError) {
        try checkWritable(name)
        entries[try liveIndex(id)].flags.insert(name)
    }

    /// `RemoveCustomerFlag`: clears a writable flag (clearing an unset flag succeeds); errors as `addFlag`.
    public mutating func removeFlag(_ name: String, from id: String) throws(ServiceError) {
        try checkWritable(name)
        entries[try liveIndex(id)].flags.remove(name)
    }

    /// `ListCustomerFlags`: the customer's flag names in catalogue order, paged (see `PageRequest`);
    /// the token is bound to this customer and the page size. `INVALID_ARGUMENT` for bad paging, then `NOT_FOUND`.
    /// - Complexity: O(flags configured).
    public func listFlags(of id: String, pageSize: Int32?, pageToken: String) throws(ServiceError) -> Page<String> {
        let fingerprint = Fingerprint.of(["customerFlags", String(seed), id])
        let request = try PageRequest(
            pageSize: pageSize, pageToken: pageToken, kind: .customerFlags,
            fingerprint: fingerprint, maxPosition: flagCatalog.count)
        let flags = entries[try liveIndex(id)].flags
        var items: [String] = []
        var position = request.after  // catalogue entries passed
        while position < flagCatalog.count, items.count < request.size {
            if flags.contains(flagCatalog[position].name) { items.append(flagCatalog[position].name) }
            position += 1
        }
        let more = flagCatalog[position...].contains { flags.contains($0.name) }
        let next = more ? request.nextToken(.customerFlags, position: position) : ""
        return Page(items: items, nextPageToken: next)
    }

    /// The flag names a customer carries (deleted customers keep theirs); empty for an unknown id.
    public func flags(of id: String) -> Set<String> {
        indexByID[id].map { entries[$0].flags } ?? []
    }

    /// The definitions of the customer's flags, in catalogue order (for their effects).
    public func flagDefinitions(of id: String) -> [CustomerFlag] {
        let flags = self.flags(of: id)
        return flags.isEmpty ? [] : flagCatalog.filter { flags.contains($0.name) }
    }

    /// Sets a flag read-only or not, as the operator does (the simulation's rider mix). The flag must be
    /// configured and the customer known: anything else is a bug and traps.
    public mutating func setFlagBypassingReadOnly(_ name: String, on id: String) {
        precondition(flagIndex[name] != nil, "customer flag \"\(name)\" is not configured")
        guard let index = indexByID[id] else { preconditionFailure("no customer \(id) to set flag \"\(name)\" on") }
        entries[index].flags.insert(name)
    }

    /// `INVALID_ARGUMENT` (`INVALID_FLAG`, `READ_ONLY_FLAG`) on `flag` unless `name` is a configured, writable flag.
    private func checkWritable(_ name: String) throws(ServiceError) {
        let writable = flagCatalog.filter { !$0.readOnly }.map(\.name)
        let choice =
            writable.isEmpty
            ? "no flag can be set through the API here"
            : "flags that can be set: " + writable.joined(separator: ", ")
        guard let index = flagIndex[name] else {
            throw .invalidArgument(
                "unknown customer flag",
                [
                    FieldViolation(
                        field: "flag",
                        description:
                            "flag \"\(name)\" is not configured; \(choice)")
                ], reason: .invalidFlag)
        }
        if flagCatalog[index].readOnly {
            throw .invalidArgument(
                "read-only customer flag",
                [
                    FieldViolation(
                        field: "flag",
                        description:
                            "flag \"\(name)\" is read-only: only the operator sets it; \(choice)")
                ], reason: .readOnlyFlag)
        }
    }
}
