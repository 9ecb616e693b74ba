import Simulation

/// `GetTrip` and the two cancellations.
extension TripService {
    /// The trip as it stands now. With a customer id, only that customer's trips (`CUSTOMER_UNAUTHORIZED`);
    /// without one, the integrator's view of any trip.
    public func trip(customerID: String?, tripID: String) throws(ServiceError) -> TripView {
        let r = try ownedTrip(tripID, customerID: customerID)
        return view(r)
    }

    /// Cancels the customer's trip; allowed while `Ordered` or `Accepted` (else `TRIP_NOT_CANCELLABLE`).
    public func cancelTripAsCustomer(customerID: String?, tripID: String) throws(ServiceError) {
        guard let customerID, !customerID.isEmpty else {
            throw ServiceError(.customerIDMissing, "cancelling as customer needs the customer id")
        }
        try cancel(try ownedTrip(tripID, customerID: customerID), actor: .customer)
    }

    /// Cancels any trip on the integrator's behalf; allowed while `Ordered` or `Accepted`.
    public func cancelTripAsIntegrator(tripID: String) throws(ServiceError) {
        try cancel(try ownedTrip(tripID, customerID: nil), actor: .integrator)
    }

    private func cancel(_ r: Int32, actor: CancelActor) throws(ServiceError) {
        guard desk.cancel(r, actor: actor) else {
            let state = desk.state(r).map { "\($0)" } ?? "?"
            throw ServiceError(.tripNotCancellable, "trip \(desk.request(r).id) is \(state); only Ordered and Accepted trips can be cancelled")
        }
    }

    private func ownedTrip(_ tripID: String, customerID: String?) throws(ServiceError) -> Int32 {
        guard let r = tripsByID[tripID] else { throw .notFound(.tripNotFound, "trip", id: tripID) }
        if let customerID, !customerID.isEmpty {
            guard customers.record(customerID) != nil else {
                throw ServiceError(.customerUnauthenticated, "customer \(customerID) is unknown")
            }
            guard tripOwner[r] == customerID else { throw ServiceError(.customerUnauthorized, "trip \(tripID) belongs to another customer") }
        }
        return r
    }

    /// The view of ordered trip `r`.
    func view(_ r: Int32) -> TripView {
        guard let s = desk.status(r) else { preconditionFailure("trip \(desk.request(r).id) has no status although it was ordered") }
        let request = desk.request(r), stops = desk.stops
        return TripView(tripID: request.id, customerID: request.customerID, state: s.state,
                        serviceClass: desk.serviceClasses[Int(s.offer.serviceClass)].name, loads: request.loads,
                        priceCents: s.offer.price, pickup: ServiceStop(s.offer.pickup, stops: stops),
                        dropoff: ServiceStop(s.offer.dropoff, stops: stops), pickupEarliest: s.offer.pickupEarliest,
                        pickupLatest: s.offer.pickupLatest, dropoffLatest: s.offer.dropoffLatest,
                        pickupTime: s.pickupTime, pickupHappened: s.pickedUp, dropoffTime: s.dropoffTime,
                        dropoffHappened: s.droppedOff, vehicle: s.vehicle)
    }
}
