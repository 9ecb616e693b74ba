/// A list call's `page_size` and `page_token`, checked together against the list they are for.
///
/// As the API reference says: `page_size` unset means the default (50); 1…1000 is taken as is; above
/// 1000 is coerced to 1000; set below 1 (0 included) is `INVALID_ARGUMENT` / `INVALID_PAGE_SIZE` on
/// `page_size`. The token must come from the same list called with the same other parameters, the
/// page size included (kind, the list's parameters and the page size as sent, see `PageToken`); a
/// foreign, stale or garbled token, or one used with another page size, is `INVALID_ARGUMENT` /
/// `INVALID_PAGE_TOKEN` on `page_token`. Both problems are reported at once (the reason is the page
/// size's then).
public struct PageRequest: Hashable, Sendable {
    public static let defaultSize = 50
    public static let maxSize = 1000

    /// How many items the page holds at most.
    public var size: Int
    /// The position after which the page starts (0: from the beginning).
    public var after: Int
    /// The fingerprint the next page's token carries: the list's, bound to the page size as sent.
    public var fingerprint: UInt64

    /// Checks the request for the list `kind` with `fingerprint` (its parameters other than the paging);
    /// positions above `maxPosition` are stale or forged. `pageSize` nil: unset.
    public init(
        pageSize: Int32?, pageToken: String, kind: PageToken.Kind, fingerprint: UInt64,
        maxPosition: Int
    ) throws(ServiceError) {
        let bound = Fingerprint.of([String(fingerprint, radix: 16), pageSize.map { String($0) } ?? "unset"])
        var violations: [FieldViolation] = []
        if let pageSize, pageSize < 1 {
            violations.append(
                FieldViolation(
                    field: "page_size",
                    description:
                        "page_size is \(pageSize); use 1 to \(Self.maxSize), or leave it unset for \(Self.defaultSize)")
            )
        }
        var after = 0
        if !pageToken.isEmpty {
            if let token = PageToken(encoded: pageToken), token.kind == kind, token.fingerprint == bound,
                (0...maxPosition).contains(token.position)
            {
                after = token.position
            } else {
                violations.append(
                    FieldViolation(
                        field: "page_token",
                        description:
                            "page_token does not belong to this \(kind.listName) request; pass the next_page_token of the "
                            + "previous page unchanged, with every other parameter (page_size included) as on that call, "
                            + "or no token for the first page"))
            }
        }
        guard violations.isEmpty else {
            // One reason: the page size's when it is at fault, else the token's (the violations list both).
            throw .invalidArgument(
                "the \(kind.listName) request's paging is invalid", violations,
                reason: violations[0].field == "page_size" ? .invalidPageSize : .invalidPageToken)
        }
        size = pageSize.map { min(Int($0), Self.maxSize) } ?? Self.defaultSize
        self.after = after
        self.fingerprint = bound
    }

    /// The token of the page after this one, which ends at `position`.
    public func nextToken(_ kind: PageToken.Kind, position: Int) -> String {
        PageToken(kind: kind, fingerprint: fingerprint, position: position).encoded
    }
}
