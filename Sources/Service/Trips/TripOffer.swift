import Simulation

/// A stop as riders see it: id and position (door to door: the point where the vehicle stops, no id).
public struct ServiceStop: Hashable, Sendable {
    public var id: String
    public var location: GeoPoint

    init(_ ref: StopRef, stops: [Stop]) {
        id = ref.stop >= 0 && Int(ref.stop) < stops.count ? stops[Int(ref.stop)].id : ""
        location = ref.point
    }
}

/// One offer of `RequestTripOffers`: order it with its token before `expiresAt`.
public struct TripOffer: Hashable, Sendable {
    public var token: String
    public var serviceClass: String
    public var pickup: ServiceStop
    public var dropoff: ServiceStop
    /// Walks to the pickup and from the drop-off (duration and metres).
    public var walkToPickup: SimTime
    public var walkToPickupMetres: Double
    public var walkFromDropoff: SimTime
    public var walkFromDropoffMetres: Double
    /// The promised pickup window and latest drop-off.
    public var pickupEarliest: SimTime
    public var pickupLatest: SimTime
    public var dropoffLatest: SimTime
    /// The planned pickup and drop-off as the offer stands.
    public var estimatedPickup: SimTime
    public var estimatedDropoff: SimTime
    public var estimatedRideTime: SimTime { estimatedDropoff - estimatedPickup }
    /// Price in the currency's minor unit (cents).
    public var priceCents: Int
    public var expiresAt: SimTime

    init(_ info: OfferInfo, serviceClass: String, stops: [Stop]) {
        token = info.token; self.serviceClass = serviceClass
        pickup = ServiceStop(info.pickup, stops: stops); dropoff = ServiceStop(info.dropoff, stops: stops)
        walkToPickup = info.walkToPickup; walkToPickupMetres = info.walkToPickupMetres
        walkFromDropoff = info.walkFromDropoff; walkFromDropoffMetres = info.walkFromDropoffMetres
        pickupEarliest = info.pickupEarliest; pickupLatest = info.pickupLatest; dropoffLatest = info.dropoffLatest
        estimatedPickup = info.estimatedPickup; estimatedDropoff = info.estimatedDropoff
        priceCents = info.price; expiresAt = info.expiresAt
    }
}
