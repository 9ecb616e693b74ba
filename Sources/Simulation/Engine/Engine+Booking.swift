/// Booking: an order re-validated against the plans as they are now, and the trip's status.
extension Engine {
    /// Books `quote` for request `r`: its vehicle if that plan still keeps the promise, otherwise the best
    /// other vehicle (other riders may have been inserted since the quote); `nil` when none fits.
    public func book(_ r: Int32, _ quote: Quote, offerIndex: Int) -> Int32? {
        guard
            let insertion = unchangedInsertion(quote)
                ?? matcher.bestInsertion(of: quote.spec, into: quote.vehicle, fleet: fleet, now: now)
                ?? matcher.bestInsertion(of: quote.spec, fleet: fleet, now: now)
        else { return nil }
        let v = insertion.vehicle
        if let turn = insertion.divertedAt { divert(v, at: turn) }
        trips[Int(r)] = TripStateMachine()
        emit(.ordered(request: r, offer: Int32(offerIndex)))
        fleet.plans[Int(v)].insert(
            pickup: quote.spec.pickupStop(), at: insertion.pickupIndex,
            dropoff: quote.spec.dropoffStop(), before: insertion.dropoffIndex,
            travel: travel, now: now)
        tripVehicle[Int(r)] = v
        var offer = quote.offer
        offer.estimatedPickup = insertion.pickupTime
        offer.estimatedDropoff = insertion.dropoffTime
        booked[Int(r)] = offer
        _ = transition(r, .accept)
        emit(.accepted(request: r, vehicle: v))
        startIfIdle(v)
        planChanged(v)
        return v
    }

    /// The quote's own insertion when nothing has changed since it was made (same time, no plan
    /// changed): the search would find exactly it again.
    private func unchangedInsertion(_ quote: Quote) -> Insertion? {
        guard let basis = quote.basis, basis.time == now, basis.planVersion == planVersion else { return nil }
        return basis.insertion
    }

    /// Where trip `r` stands: its state, the booked offer, the vehicle while in fulfilment, and pickup
    /// and drop-off times (actual once they happened, otherwise the vehicle's current plan).
    public func status(_ r: Int32) -> TripStatus? {
        guard Int(r) < trips.count, let state = trips[Int(r)]?.state, let offer = booked[Int(r)] else { return nil }
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
