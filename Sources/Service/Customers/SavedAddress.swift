/// A named place a customer saved (the customer extension, ours): an offer request may name it by id
/// (`saved_address_id`) where it would give a location.
public struct SavedAddress: Hashable, Sendable {
    /// `sa-<n>`, unique among the customer's addresses (never reused).
    public var id: String
    /// 1 to 100 characters, not only whitespace (`home`, `office`); need not be unique.
    public var name: String
    /// A valid WGS84 location with the optional texts (each at most 500 characters).
    public var place: NamedLocation

    public init(id: String, name: String, place: NamedLocation) {
        self.id = id; self.name = name; self.place = place
    }

    public static let maxNameLength = 100
    /// The most addresses one customer saves.
    public static let maxPerCustomer = 20

    /// The id of the customer's `n`-th saved address (from 1).
    static func id(_ n: Int) -> String { "sa-\(n)" }

    /// Every rule `name` and `place` break, as field violations (`name`, `address.location`, `address.primary_address`, …).
    static func violations(name: String, place: NamedLocation) -> [FieldViolation] {
        var found: [FieldViolation] = []
        if name.allSatisfy(\.isWhitespace) {
            found.append(FieldViolation(field: "name", description: "is empty; name the address, e.g. home"))
        } else if name.count > maxNameLength {
            found.append(
                FieldViolation(
                    field: "name", description: "is \(name.count) characters long; use at most \(maxNameLength)"))
        }
        if place.location?.isValid != true {
            found.append(
                FieldViolation(
                    field: "address.location", description: "give latitude in [-90, 90] and longitude in [-180, 180]"))
        }
        return found + place.textViolations(field: "address")
    }
}
