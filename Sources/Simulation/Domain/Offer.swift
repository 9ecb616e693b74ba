/// One offer: computed by the engine (`Quote`), recorded in the event log (`SimEvent.offered`) and
/// handed by the service to callers. The service class and stops are named by index; their names and ids
/// are the service's and the log's business (conversions at the edge).
public struct Offer: Hashable, Sendable {
    public var token: String
    public var serviceClass: Int32
    public var pickup: StopRef
    public var dropoff: StopRef
    public var walkToPickup: SimTime
    public var walkToPickupMetres: Double
    public var walkFromDropoff: SimTime
    public var walkFromDropoffMetres: Double
    public var pickupEarliest: SimTime
    public var pickupLatest: SimTime
    public var dropoffLatest: SimTime
    public var estimatedPickup: SimTime
    public var estimatedDropoff: SimTime
    /// Driving time pickup → drop-off without detours.
    public var directTime: SimTime
    public var directMetres: Double
    public var maxRide: SimTime
    /// Price in the currency's minor unit (cents).
    public var price: Int
    public var expiresAt: SimTime

    /// The planned ride time as the offer stands.
    public var estimatedRideTime: SimTime { estimatedDropoff - estimatedPickup }

    public init(
        token: String, serviceClass: Int32, pickup: StopRef, dropoff: StopRef,
        walkToPickup: SimTime, walkToPickupMetres: Double, walkFromDropoff: SimTime,
        walkFromDropoffMetres: Double, pickupEarliest: SimTime, pickupLatest: SimTime,
        dropoffLatest: SimTime, estimatedPickup: SimTime, estimatedDropoff: SimTime,
        directTime: SimTime, directMetres: Double, maxRide: SimTime, price: Int, expiresAt: SimTime
    ) {
        self.token = token; self.serviceClass = serviceClass; self.pickup = pickup; self.dropoff = dropoff
        self.walkToPickup = walkToPickup; self.walkToPickupMetres = walkToPickupMetres
        self.walkFromDropoff = walkFromDropoff; self.walkFromDropoffMetres = walkFromDropoffMetres
        self.pickupEarliest = pickupEarliest; self.pickupLatest = pickupLatest; self.dropoffLatest = dropoffLatest
        self.estimatedPickup = estimatedPickup; self.estimatedDropoff = estimatedDropoff
        self.directTime = directTime; self.directMetres = directMetres; self.maxRide = maxRide
        self.price = price; self.expiresAt = expiresAt
    }
}
