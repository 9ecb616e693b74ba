import Simulation

/// A place as the integration API names it: a position plus the texts shown to riders.
public struct NamedLocation: Hashable, Sendable {
    /// `nil` when the caller sent no position (`INVALID_LOCATION`).
    public var location: GeoPoint?
    public var primaryAddress: String
    public var secondaryAddress: String
    public var primaryPOIName: String
    public var secondaryPOIName: String

    public init(
        location: GeoPoint?, primaryAddress: String = "", secondaryAddress: String = "",
        primaryPOIName: String = "", secondaryPOIName: String = ""
    ) {
        self.location = location; self.primaryAddress = primaryAddress; self.secondaryAddress = secondaryAddress
        self.primaryPOIName = primaryPOIName; self.secondaryPOIName = secondaryPOIName
    }
}

/// One rider of a request as the API sends it: `nil` fields are unspecified.
public struct LoadRequest: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case adult, child }
    public var kind: Kind
    /// Unspecified (`nil`) is filled in by the customer's default-requirement flag, else NOT_NEEDED.
    public var wheelchair: WheelchairNeed?
    /// Children only; unspecified is NOT_NEEDED.
    public var childSeat: ChildSeat?

    public init(kind: Kind, wheelchair: WheelchairNeed? = nil, childSeat: ChildSeat? = nil) {
        self.kind = kind; self.wheelchair = wheelchair; self.childSeat = childSeat
    }

    /// A load of the simulation's demand: its `:wheelchair` is explicit, its absence unspecified.
    public init(_ load: Load) {
        kind = load.isChild ? .child : .adult
        wheelchair = load.wheelchair == .needed ? .needed : nil
        childSeat = load.isChild ? load.childSeat : nil
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

    public init(
        origin: NamedLocation, destination: NamedLocation, loads: [LoadRequest] = [LoadRequest(kind: .adult)],
        departureTime: SimTime? = nil, arrivalTime: SimTime? = nil, approachSpeed: ApproachSpeed? = nil,
        visualImpairmentSupport: Bool = false
    ) {
        self.origin = origin; self.destination = destination; self.loads = loads
        self.departureTime = departureTime; self.arrivalTime = arrivalTime
        self.approachSpeed = approachSpeed; self.visualImpairmentSupport = visualImpairmentSupport
    }
}
