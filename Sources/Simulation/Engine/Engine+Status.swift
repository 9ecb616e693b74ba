/// A trip's status as the service reports it, and where vehicles are.
extension Engine {
    /// Where trip `r` stands: its state, the booked offer, the vehicle while in fulfilment, and pickup
    /// and drop-off times (actual once they happened, otherwise the vehicle's current plan).
    public func status(_ r: Int32) -> TripStatus? {
        guard Int(r) < trips.count, let state = trips[Int(r)]?.state, let offer = orders[Int(r)]?.offer else {
            return nil
        }
        let v = tripVehicle[Int(r)]
        var pickup = pickedUpAt[Int(r)] ?? offer.estimatedPickup
        var dropoff = droppedOffAt[Int(r)] ?? offer.estimatedDropoff
        var vehicle: TripStatus.Vehicle?
        if state.category == .inFulfillment, v >= 0 {
            let plan = fleet.plans[Int(v)]
            for stop in [plan.current].compactMap({ $0 }) + plan.stops where stop.trip == r {
                if stop.isPickup, pickedUpAt[Int(r)] == nil { pickup = stop.serviceStart }
                if !stop.isPickup { dropoff = stop.serviceStart }
            }
            vehicle = TripStatus.Vehicle(
                index: v, id: fleet.specs[Int(v)].id, type: fleet.specs[Int(v)].type.name,
                position: position(of: v))
        }
        let request = requests[Int(r)]
        return TripStatus(
            tripID: request.id, customerID: request.customerID, loads: request.loads, state: state,
            offer: offer, vehicle: vehicle, pickupTime: pickup, pickedUp: pickedUpAt[Int(r)] != nil,
            dropoffTime: dropoff, droppedOff: droppedOffAt[Int(r)] != nil, account: request.account)
    }

    /// Where vehicle `v` is now: at its stop, or part way along the straight line to it while driving.
    func position(of v: Int32) -> GeoPoint {
        let plan = fleet.plans[Int(v)]
        let from = travel.point(of: plan.position)
        guard let stop = plan.current, !atStop[Int(v)], let leg = stop.legTime, leg.ms > 0 else {
            return atStop[Int(v)] ? travel.point(of: plan.anchorPlace) : from
        }
        let to = travel.point(of: stop.place)
        let f = min(1, max(0, Double((now - (stop.arrival - leg)).ms) / Double(leg.ms)))
        return GeoPoint(lat: from.lat + f * (to.lat - from.lat), lon: from.lon + f * (to.lon - from.lon))
    }
}

/// A trip as the service layer reports it (`GetTrip`): the one trip view; the API message is a
/// conversion at the edge.
public struct TripStatus: Hashable, Sendable {
    /// The vehicle serving a trip in fulfilment.
    public struct Vehicle: Hashable, Sendable {
        public var index: Int32
        public var id: String
        /// The vehicle type's name (the label riders see).
        public var type: String
        public var position: GeoPoint
    }

    /// The trip's id (its request's) and customer, and the loads riding.
    public var tripID: String
    public var customerID: String
    public var loads: [Load]
    public var state: TripState
    /// The offer as booked (stops, windows, class, price), with the estimates made at booking.
    public var offer: Offer
    public var vehicle: Vehicle?
    /// Pickup and drop-off: actual once they happened, otherwise the current estimate.
    public var pickupTime: SimTime
    public var pickedUp: Bool
    public var dropoffTime: SimTime
    public var droppedOff: Bool
    /// The corporate account the trip is billed to, if any.
    public var account: TripAccount?
}
