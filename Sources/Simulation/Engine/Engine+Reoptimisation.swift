/// Re-optimisation (`dispatch.reoptimisation`): every interval, riders accepted but not yet picked up
/// may move to another vehicle or another place in their vehicle's plan when that lowers the
/// dispatcher's cost, and orders greedy insertion could not place get a second chance.
///
/// A move re-inserts the rider with the spec of the offer they ordered, so their promise (pickup
/// window, latest drop-off, ride limit) is exactly what the insertion search checks; a move that
/// does not pay is undone by restoring the vehicle's plan as it was. MATSim DRT inserts once;
/// FleetPy re-assigns in batches (`AlonsoMoraAssignment`); see `docs/peers.md` §7.
extension Engine {
    /// Whether an order greedy insertion cannot place waits for the next round instead of being rejected.
    var holdsUnplacedOrders: Bool {
        setup.dispatch.reoptimisation.method != .none && setup.dispatch.reoptimisation.holdUnplacedOrders
    }

    func scheduleReoptimisation() {
        guard setup.dispatch.reoptimisation.method != .none else { return }
        let first = setup.vehicles.map(\.shiftStart).min() ?? .zero
        queue.schedule(.reoptimise, at: first + setup.dispatch.reoptimisation.interval)
    }

    /// One round: the method's moves, then the held orders placed or rejected, then the record.
    func reoptimise() {
        let rules = setup.dispatch.reoptimisation
        let held = dispatchState.heldOrders + dispatchState.heldPrebookings
        let before = fleetMeasure()
        var round = ReoptimisationRound(method: rules.method, outcome: .unchanged)
        round.movable = Int32(movableRiders().count)
        round.held = Int32(held.count)
        switch rules.method {
        case .none: break
        case .localSearch: localSearch(&round)
        case .batch:
            if let assigner = batchAssigner {
                batchRound(assigner, &round)
            } else {
                localSearch(&round)
            }
        }
        placeHeld(&round)
        let after = fleetMeasure()
        (round.costBefore, round.driveBefore, round.metresBefore) = before
        (round.costAfter, round.driveAfter, round.metresAfter) = after
        emit(.reoptimised(round))
        let next = now + rules.interval
        if next < setup.end { queue.schedule(.reoptimise, at: next) }
    }

    /// Riders accepted and still to be picked up whose pickup is not the stop their vehicle is driving
    /// to or serving, in trip order (the order every round visits them in).
    func movableRiders() -> [Int32] {
        var riders: [Int32] = []
        for v in fleet.plans.indices where !outOfService[v] {
            for s in fleet.plans[v].stops where s.isPickup && trips[Int(s.trip)]?.state == .accepted {
                riders.append(s.trip)
            }
        }
        return riders.sorted()
    }

    // MARK: Local search

    /// Remove-and-reinsert, first improvement, one pass in trip order: each movable rider leaves their
    /// plan and goes where the insertion search finds it cheapest, when that costs less than they cost
    /// where they were.
    func localSearch(_ round: inout ReoptimisationRound) {
        for r in movableRiders() { relocate(r, &round) }
        if round.reassigned > 0 || round.resequenced > 0 { round.outcome = .improved }
    }

    /// Moves rider `r` if that pays by more than a second of cost; the plan stays as it was otherwise.
    private func relocate(_ r: Int32, _ round: inout ReoptimisationRound) {
        let v = tripVehicle[Int(r)]
        guard v >= 0, trips[Int(r)]?.state == .accepted, let spec = orders[Int(r)]?.spec else { return }
        let old = fleet.plans[Int(v)]
        guard let pickup = old.stops.first(where: { $0.trip == r && $0.isPickup }),
            let dropoff = old.stops.first(where: { $0.trip == r && !$0.isPickup })
        else { return }
        var without = old
        without.removeStops(ofTrip: r, travel: travel, now: now)
        let saving =
            Self.plannedDrive(old) - Self.plannedDrive(without)
        let costHere = spec.cost(addedDrive: saving, pickup: pickup.serviceStart, dropoff: dropoff.serviceStart)
        fleet.plans[Int(v)] = without
        planChanged(v)
        guard let insertion = matcher.bestInsertion(of: spec, fleet: fleet, now: now),
            insertion.cost + Self.minimumGain.ms < costHere
        else {
            fleet.plans[Int(v)] = old
            planChanged(v)
            return
        }
        let to = insertion.vehicle
        if to == v {
            round.resequenced += 1
            place(r, spec, insertion) {}
        } else {
            round.reassigned += 1
            _ = transition(r, .reassign)
            place(r, spec, insertion) { emit(.reassigned(request: r, from: v, to: to)) }
            resume(v)
        }
    }

    /// A move must save more than this: moves that save less are noise of the cost's rounding.
    static var minimumGain: SimTime { .seconds(1) }

    // MARK: Held orders

    /// Places the held orders (in arrival order) where they fit now; the rest are rejected, and held
    /// prebookings end `Terminated`.
    func placeHeld(_ round: inout ReoptimisationRound) {
        let orders = dispatchState.heldOrders, prebookings = dispatchState.heldPrebookings
        dispatchState.heldOrders = []
        dispatchState.heldPrebookings = []
        for r in orders where trips[Int(r)]?.state == .ordered {
            guard let spec = self.orders[Int(r)]?.spec,
                let insertion = matcher.bestInsertion(of: spec, fleet: fleet, now: now)
            else {
                _ = transition(r, .reject)
                emit(.rejected(request: r, reason: .fleetSaturated))
                continue
            }
            round.placedHeld += 1
            _ = transition(r, .accept)
            place(r, spec, insertion) { emit(.accepted(request: r, vehicle: insertion.vehicle)) }
        }
        for r in prebookings where trips[Int(r)]?.state == .accepted && tripVehicle[Int(r)] < 0 {
            guard let spec = self.orders[Int(r)]?.spec,
                let insertion = matcher.bestInsertion(of: spec, fleet: fleet, now: now)
            else {
                terminateUnassignable(r)
                continue
            }
            round.placedHeld += 1
            place(r, spec, insertion) { emit(.assigned(request: r, vehicle: insertion.vehicle)) }
        }
    }

    /// A vehicle that lost riders and is not driving looks again at what to do next.
    func resume(_ v: Int32) {
        if fleet.plans[Int(v)].current == nil { handleWake(v) }
    }

    // MARK: Measures

    /// The planned driving time of a plan's stops after its anchor.
    static func plannedDrive(_ plan: VehiclePlan) -> SimTime {
        plan.stops.reduce(SimTime.zero) { $0 + ($1.legTime ?? .zero) }
    }

    /// The dispatcher's cost, planned drive time and planned metres of every plan after its anchor.
    /// Cost: drive plus each planned rider's weighted wait (to a planned pickup) and ride (from the
    /// pickup, planned or done, to the planned drop-off), as `TripSpec.cost` weighs them.
    func fleetMeasure() -> (cost: Int64, drive: SimTime, metres: Double) {
        var cost: Int64 = 0, drive = SimTime.zero, metres = 0.0
        for plan in fleet.plans {
            var place = plan.anchorPlace
            for s in plan.stops {
                drive += s.legTime ?? .zero
                metres += travel.distance(from: place, to: s.place)
                place = s.place
                guard !s.isPickup, s.trip >= 0, let spec = orders[Int(s.trip)]?.spec else { continue }
                let pickup =
                    pickedUpAt[Int(s.trip)]
                    ?? plan.stops.first(where: { $0.trip == s.trip && $0.isPickup })?.serviceStart
                    ?? plan.current.map(\.serviceStart) ?? s.serviceStart
                cost += spec.cost(addedDrive: .zero, pickup: pickup, dropoff: s.serviceStart)
            }
        }
        return (cost + drive.ms, drive, metres)
    }
}
