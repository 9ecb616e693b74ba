/// Cancellations by the customer or the integrator, allowed until pickup.
extension Engine {
    /// Cancels trip `r`; `false` (recorded as `cancelRefused`) when its state no longer allows it.
    public func cancel(_ r: Int32, actor: CancelActor) -> Bool {
        switch transition(r, actor == .customer ? .cancelAsCustomer : .cancelAsIntegrator) {
        case .refuse(let reason):
            emit(.cancelRefused(request: r, actor: actor, reason: reason))
            return false
        case .releaseStops:
            emit(.cancelled(request: r, actor: actor))
            let v = tripVehicle[Int(r)]
            guard v >= 0 else { return true }
            if let locked = fleet.plans[Int(v)].current, locked.trip == r, locked.isPickup {
                let arrived = atStop[Int(v)]
                releaseLockedPickup(v, departing: now)
                // Already at the stop and waiting: leave now. Still driving: the arrival leaves at once.
                if arrived { queue.schedule(.finishStop(visit(v)), at: now) }
            }
            fleet.plans[Int(v)].removeStops(ofTrip: r, travel: travel, now: now)
            planChanged(v)
            return true
        case .proceed, .illegal:
            preconditionFailure("trip \(requests[Int(r)].id): cancelling gave no release")
        }
    }
}
