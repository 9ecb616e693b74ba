import Simulation

/// A place as the integration API names it: a position plus the texts shown to riders.
public struct NamedLocation: Hashable, Sendable {
    /// `nil` when the caller sent no position (`INVALID_LOCATION`, unless `savedAddressID` names one).
    public var location: GeoPoint?
    public var primaryAddress: String
    public var secondaryAddress: String
    public var primaryPOIName: String
    public var secondaryPOIName: String
    /// The customer extension (ours): one of the requesting customer's saved addresses, in place of
    /// `location` (giving both is `INVALID_LOCATION`).
    public var savedAddressID: String?

    public init(
        location: GeoPoint?, primaryAddress: String = "", secondaryAddress: String = "",
        primaryPOIName: String = "", secondaryPOIName: String = "", savedAddressID: String? = nil
    ) {
        self.location = location; self.primaryAddress = primaryAddress; self.secondaryAddress = secondaryAddress
        self.primaryPOIName = primaryPOIName; self.secondaryPOIName = secondaryPOIName
        self.savedAddressID = savedAddressID
    }

    /// The longest address or point-of-interest text accepted, in characters.
    public static let maxTextLength = 500

    /// One violation per text longer than `maxTextLength` (`<field>.primary_address`, …).
    public func textViolations(field: String) -> [FieldViolation] {
        [
            ("primary_address", primaryAddress), ("secondary_address", secondaryAddress),
            ("primary_poi_name", primaryPOIName), ("secondary_poi_name", secondaryPOIName)
        ]
        .filter { $0.1.count > Self.maxTextLength }
        .map { FieldViolation(field: field + "." + $0.0, description: "at most \(Self.maxTextLength) characters") }
    }
}

/// One rider of a request as the API sends it: `nil` fields are unspecified.
public struct LoadRequest: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case adult, child }
    public var kind: Kind
    /// Unspecified (`nil`) is filled in by the customer's default requirements (or a default-wheelchair
    /// flag), else NOT_NEEDED (see `ServiceRequirements`).
    public var wheelchair: WheelchairNeed?
    /// Children only; unspecified is filled in by the customer's default requirements, else NOT_NEEDED.
    public var childSeat: ChildSeat?

    public init(kind: Kind, wheelchair: WheelchairNeed? = nil, childSeat: ChildSeat? = nil) {
        self.kind = kind; self.wheelchair = wheelchair; self.childSeat = childSeat
    }

    /// A load of the simulation's demand: its `:wheelchair` and child seat are explicit, their absence
    /// unspecified.
    public init(_ load: Load) {
        kind = load.isChild ? .child : .adult
        wheelchair = load.wheelchair == .needed ? .needed : nil
        childSeat = load.childSeat == .notNeeded ? nil : load.childSeat
    }
}

/// `RequestTripOffers`: where from, where to, who travels, and when.
public struct OfferRequest: Hashable, Sendable {
    public var origin: NamedLocation
    public var destination: NamedLocation
    public var loads: [LoadRequest]
    /// Exactly one of the two: leave at (or after) `departureTime`, or arrive by `arrivalTime`.
    public var departureTime: SimTime?
    public var arrivalTime: SimTime?
    /// `nil` is MEDIUM.
    public var approachSpeed: ApproachSpeed?
    public var visualImpairmentSupport: Bool
    /// The customer extension (ours): the corporate account to bill; nil or empty: the customer's
    /// default account, if any.
    public var accountID: String?

    public init(
        origin: NamedLocation, destination: NamedLocation, loads: [LoadRequest] = [LoadRequest(kind: .adult)],
        departureTime: SimTime? = nil, arrivalTime: SimTime? = nil, approachSpeed: ApproachSpeed? = nil,
        visualImpairmentSupport: Bool = false, accountID: String? = nil
    ) {
        self.origin = origin; self.destination = destination; self.loads = loads
        self.departureTime = departureTime; self.arrivalTime = arrivalTime
        self.approachSpeed = approachSpeed; self.visualImpairmentSupport = visualImpairmentSupport
        self.accountID = accountID
    }
}
