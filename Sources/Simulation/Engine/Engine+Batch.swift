/// A batch round (`dispatch.reoptimisation.method: batch`): the assigner proposes new plans for the
/// movable riders and the held orders together; the engine checks the proposal against every plan and
/// promise, and performs it whole or not at all.
extension Engine {
    func batchRound(_ assigner: any BatchAssigner, _ round: inout ReoptimisationRound) {
        let movable = movableRiders()
        let held =
            dispatchState.heldOrders.filter { trips[Int($0)]?.state == .ordered }
            + dispatchState.heldPrebookings.filter { trips[Int($0)]?.state == .accepted && tripVehicle[Int($0)] < 0 }
        let batch = AssignmentBatch(
            movable: movable.map { orders[Int($0)]!.spec }, currentVehicle: movable.map { tripVehicle[Int($0)] },
            held: held.map { orders[Int($0)]!.spec })
        var assigner = assigner
        let proposal = assigner.assign(batch, fleet: fleet, now: now)
        batchAssigner = assigner
        round.outcome = proposal.outcome
        guard !proposal.plans.isEmpty else { return }
        guard let placement = check(proposal, movable: movable, held: held) else {
            round.outcome = .solverFailed
            return
        }
        perform(proposal, placement, &round)
        dispatchState.heldOrders.removeAll { placement[$0] != nil }
        dispatchState.heldPrebookings.removeAll { placement[$0] != nil }
    }

    /// Where each rider of the batch ends up, if the proposal keeps every plan feasible, leaves every
    /// locked stop and every stop outside the batch where it was, and serves every movable rider once;
    /// `nil` otherwise (an assigner bug: the round then changes nothing).
    private func check(_ proposal: BatchProposal, movable: [Int32], held: [Int32]) -> [Int32: Int32]? {
        let inBatch = Set(movable + held)
        var placement: [Int32: Int32] = [:]
        var seen = Set<Int32>()
        for (v, plan) in proposal.plans {
            guard seen.insert(v).inserted, plan.isFeasible else { return nil }
            let old = fleet.plans[Int(v)]
            guard plan.current == old.current, plan.position == old.position, plan.onboard == old.onboard else {
                return nil
            }
            let outside = { (p: VehiclePlan) in p.stops.filter { !inBatch.contains($0.trip) }.map(\.identity) }
            guard outside(plan) == outside(old) else { return nil }
            for s in plan.stops where inBatch.contains(s.trip) && s.isPickup {
                guard placement.updateValue(v, forKey: s.trip) == nil,
                    plan.stops.contains(where: { $0.trip == s.trip && !$0.isPickup })
                else { return nil }
            }
        }
        for r in movable where placement[r] == nil {
            // A rider of a vehicle the proposal leaves alone stays there.
            guard !seen.contains(tripVehicle[Int(r)]) else { return nil }
            placement[r] = tripVehicle[Int(r)]
        }
        return placement
    }

    /// Puts the proposed plans in place and records what changed for each rider.
    private func perform(_ proposal: BatchProposal, _ placement: [Int32: Int32], _ round: inout ReoptimisationRound) {
        for (v, plan) in proposal.plans {
            // Re-sequenced: the same riders in another order.
            let before = fleet.plans[Int(v)].stops.map(\.identity), after = plan.stops.map(\.identity)
            if after != before, Set(after) == Set(before) { round.resequenced += 1 }
            fleet.plans[Int(v)] = plan
            planChanged(v)
        }
        for (r, v) in placement.sorted(by: { $0.key < $1.key }) {
            let from = tripVehicle[Int(r)]
            switch trips[Int(r)]?.state {
            case .ordered:
                round.placedHeld += 1
                _ = transition(r, .accept)
                emit(.accepted(request: r, vehicle: v))
            case .accepted where from < 0:
                round.placedHeld += 1
                emit(.assigned(request: r, vehicle: v))
            case .accepted where from != v:
                round.reassigned += 1
                _ = transition(r, .reassign)
                emit(.reassigned(request: r, from: from, to: v))
            default: break
            }
            tripVehicle[Int(r)] = v
            let stops = fleet.plans[Int(v)].stops
            if let p = stops.first(where: { $0.trip == r && $0.isPickup }) {
                orders[Int(r)]?.offer.estimatedPickup = p.serviceStart
            }
            if let d = stops.first(where: { $0.trip == r && !$0.isPickup }) {
                orders[Int(r)]?.offer.estimatedDropoff = d.serviceStart
            }
        }
        for (v, _) in proposal.plans { resume(v) }
    }
}

extension PlannedStop {
    /// What a stop is, whatever its timing: its trip, side, activity and place.
    fileprivate var identity: [Int64] { [Int64(trip), isPickup ? 1 : 0, Int64(activity.rawValue), Int64(place)] }
}
