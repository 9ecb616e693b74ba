/// Cancellations by the customer or the integrator, allowed until pickup.
extension Engine {
    func handleCancel(_ r: Int32, actor: CancelActor) {
        switch transition(r, actor == .customer ? .cancelAsCustomer : .cancelAsIntegrator) {
        case .refuse(let reason):
            emit(.cancelRefused(request: r, actor: actor, reason: reason))
        case .releaseStops:
            emit(.cancelled(request: r, actor: actor))
            let v = tripVehicle[Int(r)]
            guard v >= 0 else { return }
            if let locked = fleet.plans[Int(v)].current, locked.trip == r, locked.isPickup {
                let arrived = atStop[Int(v)]
                releaseLockedPickup(v, departing: now)
                // Already at the stop and waiting: leave now. Still driving: the arrival leaves at once.
                if arrived { queue.schedule(.finishStop(visit(v)), at: now) }
            }
            fleet.plans[Int(v)].removeStops(ofTrip: r, travel: travel, now: now)
            matcher.planDidChange(vehicle: v, fleet: fleet)
        case .proceed, .illegal:
            preconditionFailure("trip \(setup.requests[Int(r)].id): cancelling gave no release")
        }
    }
}
