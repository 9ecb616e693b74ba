import Simulation

/// `GetTrip` and the two cancellations.
extension TripService {
    /// The trip as it stands now. With a customer id, only that customer's trips (`CUSTOMER_UNAUTHORIZED`);
    /// without one, the integrator's view of any trip.
    public func trip(customerID: String?, tripID: String) throws(ServiceError) -> TripStatus {
        let r = try ownedTrip(tripID, customerID: customerID)
        return view(r)
    }

    /// Trip `r` (the engine's request index, as the event log names it) as it stands now; nil before
    /// it was ordered. For observers of the run's events (the sandbox's webhooks), not for API callers.
    public func trip(atIndex r: Int32) -> TripStatus? {
        desk.status(r)
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

    /// The rider authenticates at the vehicle waiting at the pickup (`BoardingAuthenticationService`): the
    /// trip moves from `ReadyForBoardingAuthentication` to `BoardingAuthenticationCompleted` and the rider
    /// boards. Any other state: `FAILED_PRECONDITION` / `TRIP_NOT_READY_FOR_BOARDING_AUTHENTICATION`.
    public func completeBoardingAuthentication(customerID: String?, tripID: String) throws(ServiceError) {
        guard let customerID, !customerID.isEmpty else {
            throw ServiceError(.customerIDMissing, "boarding authentication needs the customer id")
        }
        let r = try ownedTrip(tripID, customerID: customerID)
        guard desk.authenticate(r) else {
            let state = desk.state(r).map { "\($0)" } ?? "?"
            throw ServiceError(
                .tripNotReadyForBoardingAuthentication,
                "trip \(tripID) is \(state); authenticate once the vehicle is at the pickup (ReadyForBoardingAuthentication)"
            )
        }
    }

    private func cancel(_ r: Int32, actor: CancelActor) throws(ServiceError) {
        guard desk.cancel(r, actor: actor) else {
            let state = desk.state(r).map { "\($0)" } ?? "?"
            throw ServiceError(
                .tripNotCancellable,
                "trip \(desk.request(r).id) is \(state); only Ordered and Accepted trips can be cancelled")
        }
    }

    private func ownedTrip(_ tripID: String, customerID: String?) throws(ServiceError) -> Int32 {
        guard let r = tripsByID[tripID] else { throw .notFound(.tripNotFound, "trip", id: tripID) }
        if let customerID, !customerID.isEmpty {
            guard customers.record(customerID) != nil else {
                throw ServiceError(.customerUnauthenticated, "customer \(customerID) is unknown")
            }
            guard tripOwner[r] == customerID else {
                throw ServiceError(.customerUnauthorized, "trip \(tripID) belongs to another customer")
            }
        }
        return r
    }

    /// Where ordered trip `r` stands.
    func view(_ r: Int32) -> TripStatus {
        guard let status = desk.status(r) else {
            preconditionFailure("trip \(desk.request(r).id) has no status although it was ordered")
        }
        return status
    }
}
