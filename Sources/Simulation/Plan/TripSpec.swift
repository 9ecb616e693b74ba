/// One trip to place into some vehicle's plan: where, when, how much room, and how to score it.
public struct TripSpec: Hashable, Sendable {
    public var trip: Int32
    public var pickupPlace: PlaceID
    public var dropoffPlace: PlaceID
    /// The rider is at the pickup stop from this time on.
    public var pickupEarliest: SimTime
    public var pickupLatest: SimTime
    /// Promised latest drop-off (absolute).
    public var dropoffLatest: SimTime
    /// Longest allowed ride (pickup to drop-off).
    public var maxRide: SimTime
    public var demand: Occupancy
    public var boarding: SimTime
    public var alighting: SimTime
    /// The rider's desired departure: wait is measured from here.
    public var desiredDeparture: SimTime
    /// Cost weights on the new rider's wait and ride (added vehicle time has weight 1).
    public var waitWeight: Double
    public var rideWeight: Double

    public init(
        trip: Int32, pickupPlace: PlaceID, dropoffPlace: PlaceID, pickupEarliest: SimTime,
        pickupLatest: SimTime, dropoffLatest: SimTime, maxRide: SimTime, demand: Occupancy,
        boarding: SimTime, alighting: SimTime, desiredDeparture: SimTime,
        waitWeight: Double, rideWeight: Double
    ) {
        self.trip = trip; self.pickupPlace = pickupPlace; self.dropoffPlace = dropoffPlace
        self.pickupEarliest = pickupEarliest; self.pickupLatest = pickupLatest
        self.dropoffLatest = dropoffLatest; self.maxRide = maxRide; self.demand = demand
        self.boarding = boarding; self.alighting = alighting; self.desiredDeparture = desiredDeparture
        self.waitWeight = waitWeight; self.rideWeight = rideWeight
    }

    /// Cost of an insertion in milliseconds: added driving time + weighted wait + weighted ride.
    @inlinable public func cost(addedDrive: SimTime, pickup: SimTime, dropoff: SimTime) -> Int64 {
        addedDrive.ms + roundedMilliseconds(waitWeight * Double((pickup - desiredDeparture).ms))
            + roundedMilliseconds(rideWeight * Double((dropoff - pickup).ms))
    }

    /// The planned pickup stop for this trip.
    public func pickupStop() -> PlannedStop {
        PlannedStop(
            place: pickupPlace, trip: trip, isPickup: true, earliest: pickupEarliest,
            latest: pickupLatest, duration: boarding, demand: demand)
    }

    /// The planned drop-off stop for this trip.
    public func dropoffStop() -> PlannedStop {
        PlannedStop(
            place: dropoffPlace, trip: trip, isPickup: false, earliest: .zero, latest: dropoffLatest,
            duration: alighting, demand: demand, promisedLatest: dropoffLatest, maxRide: maxRide)
    }
}

/// Where a trip goes in a vehicle's plan, and what it costs.
public struct Insertion: Hashable, Sendable {
    public var vehicle: Int32
    /// Pickup before plan stop `pickupIndex`; drop-off before plan stop `dropoffIndex` (plan indices before insertion).
    public var pickupIndex: Int
    public var dropoffIndex: Int
    public var cost: Int64
    /// Planned service starts.
    public var pickupTime: SimTime
    public var dropoffTime: SimTime
    /// Set when the vehicle turns off the leg it is driving, here: the indices then refer to its plan
    /// after `VehiclePlan.divert` (the stop it was driving to first).
    public var divertedAt: GeoPoint?

    public init(
        vehicle: Int32, pickupIndex: Int, dropoffIndex: Int, cost: Int64, pickupTime: SimTime, dropoffTime: SimTime,
        divertedAt: GeoPoint? = nil
    ) {
        self.vehicle = vehicle; self.pickupIndex = pickupIndex; self.dropoffIndex = dropoffIndex
        self.cost = cost; self.pickupTime = pickupTime; self.dropoffTime = dropoffTime; self.divertedAt = divertedAt
    }

    /// Lower cost first; ties by vehicle, then positions (what makes every matcher deterministic).
    public func isBetter(than o: Insertion) -> Bool {
        (cost, vehicle, pickupIndex, dropoffIndex) < (o.cost, o.vehicle, o.pickupIndex, o.dropoffIndex)
    }
}
