/// A list call's `page_size` and `page_token`, checked together against the list they are for.
///
/// `page_size` 0 means the default (50); 1…1000 is taken as is; above 1000 is coerced to 1000; below 0
/// is `INVALID_ARGUMENT` on `page_size`. The token must come from the same list (kind and parameters,
/// see `PageToken`); a foreign, stale or garbled token is `INVALID_ARGUMENT` on `page_token`. Both
/// problems are reported at once. Changing `page_size` between pages is allowed.
public struct PageRequest: Hashable, Sendable {
    public static let defaultSize = 50
    public static let maxSize = 1000

    /// How many items the page holds at most.
    public var size: Int
    /// The position after which the page starts (0: from the beginning).
    public var after: Int

    /// Checks the request for the list `kind` with `fingerprint`; positions above `maxPosition` are stale or forged.
    public init(pageSize: Int32, pageToken: String, kind: PageToken.Kind, fingerprint: UInt64,
                maxPosition: Int) throws(ServiceError) {
        var violations: [FieldViolation] = []
        if pageSize < 0 {
            violations.append(FieldViolation(field: "page_size", description:
                "page_size is \(pageSize); use 0 for the default of \(Self.defaultSize), or 1 to \(Self.maxSize)"))
        }
        var after = 0
        if !pageToken.isEmpty {
            if let token = PageToken(encoded: pageToken), token.kind == kind, token.fingerprint == fingerprint,
               (0...maxPosition).contains(token.position) {
                after = token.position
            } else {
                violations.append(FieldViolation(field: "page_token", description:
                    "page_token does not belong to this \(kind.listName) request; pass the next_page_token of the "
                    + "previous page of the same request unchanged, or an empty token for the first page"))
            }
        }
        guard violations.isEmpty else {
            // One reason: the page size's when it is at fault, else the token's (the violations list both).
            throw .invalidArgument("the \(kind.listName) request's paging is invalid", violations,
                                   reason: violations[0].field == "page_size" ? .invalidPageSize : .invalidPageToken)
        }
        size = pageSize == 0 ? Self.defaultSize : min(Int(pageSize), Self.maxSize)
        self.after = after
    }
}
