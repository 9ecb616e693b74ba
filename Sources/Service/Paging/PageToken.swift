/// The opaque `page_token` of a list call: which list, with which parameters, and where the last page ended.
///
/// Text: base64url (no padding) of `1.<kind>.<fingerprint, hex>.<position>.<checksum, hex>`. The
/// fingerprint hashes the list's parameters (and the directory it came from), so a token from another
/// list kind, another customer's flags or another run does not match. The position is a stable key of
/// the last item served (a creation sequence, a catalogue index), so that items created or deleted
/// between pages neither shift nor repeat the ones that exist throughout. The checksum catches garbled
/// text. Tokens are not secrets: they resist mistakes, not forgery.
public struct PageToken: Hashable, Sendable {
    /// Which list call a token continues.
    public enum Kind: Int, Hashable, Sendable {
        case customers = 1, customerFlags = 2, serviceAreas = 3, serviceHours = 4
        /// The customer extension's lists (ours).
        case customersByPhone = 5, customerTags = 6, corporateAccounts = 7, savedAddresses = 8

        /// The list's name in messages.
        public var listName: String {
            switch self {
            case .customers: "ListCustomers"
            case .customerFlags: "ListCustomerFlags"
            case .serviceAreas: "ListServiceAreas"
            case .serviceHours: "ListServiceHours"
            case .customersByPhone: "SearchCustomersByPhone"
            case .customerTags: "ListCustomerTags"
            case .corporateAccounts: "ListCorporateAccounts"
            case .savedAddresses: "ListSavedAddresses"
            }
        }
    }

    public var kind: Kind
    public var fingerprint: UInt64
    public var position: Int

    public init(kind: Kind, fingerprint: UInt64, position: Int) {
        self.kind = kind; self.fingerprint = fingerprint; self.position = position
    }

    /// The token as the API hands it out.
    public var encoded: String {
        let body = "1.\(kind.rawValue).\(String(fingerprint, radix: 16)).\(position)"
        return Base64URL.encode(Array("\(body).\(String(Fingerprint.of([body]), radix: 16))".utf8))
    }

    /// Decodes `text`; nil for anything that is not a well-formed, intact token.
    public init?(encoded text: String) {
        guard let bytes = Base64URL.decode(text), let payload = String(validating: bytes, as: UTF8.self) else {
            return nil
        }
        let parts = payload.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "1",
            let kindNumber = Int(parts[1]), let kind = Kind(rawValue: kindNumber),
            let fingerprint = UInt64(parts[2], radix: 16), let position = Int(parts[3]), position >= 0,
            let checksum = UInt64(parts[4], radix: 16),
            checksum == Fingerprint.of([parts[0...3].joined(separator: ".")])
        else { return nil }
        self.init(kind: kind, fingerprint: fingerprint, position: position)
    }
}
