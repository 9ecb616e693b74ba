/// Re-optimisation (`dispatch.reoptimisation`): every interval, riders accepted but not yet picked up
/// may move to another vehicle or another place in their vehicle's plan when that lowers the
/// dispatcher's cost, and orders greedy insertion could not place get a second chance.
///
/// A move re-inserts the rider with the spec of the offer they ordered, so their promise (pickup
/// window, latest drop-off, ride limit) is exactly what the insertion search checks; a move that
/// does not pay is undone by restoring the vehicle's plan as it was. MATSim DRT inserts once;
/// FleetPy re-assigns in batches (`AlonsoMoraAssignment`); see `docs/peers.md` §7.
extension Engine {
    /// Whether an order greedy insertion cannot place waits for the next round instead of being rejected
    /// (only while another round will come).
    var holdsUnplacedOrders: Bool {
        setup.dispatch.reoptimisation.method != .none && setup.dispatch.reoptimisation.holdUnplacedOrders
            && dispatchState.nextRound != nil
    }

    func scheduleReoptimisation() {
        guard setup.dispatch.reoptimisation.method != .none else { return }
        let first = setup.vehicles.map(\.shiftStart).min() ?? .zero
        scheduleRound(at: first + setup.dispatch.reoptimisation.interval)
    }

    private func scheduleRound(at time: SimTime) {
        dispatchState.nextRound = time < setup.end ? time : nil
        if let next = dispatchState.nextRound { queue.schedule(.reoptimise, at: next) }
    }

    /// One round: the method's moves, then the held orders placed or rejected, then the record.
    func reoptimise() {
        let rules = setup.dispatch.reoptimisation
        let before = fleetMeasure()
        var round = ReoptimisationRound(method: rules.method, outcome: .unchanged)
        round.movable = Int32(movableRiders().count)
        round.held = Int32(dispatchState.heldOrders.count + dispatchState.heldPrebookings.count)
        switch rules.method {
        case .none: break
        case .localSearch: localSearch(&round)
        case .batch:
            // The batch, then the local search on its plans (it finds moves the trip–vehicle graph's
            // bounded trips leave out); without an assigner, the local search alone.
            if let assigner = batchAssigner { batchRound(assigner, &round) }
            let outcome = round.outcome
            localSearch(&round)
            if batchAssigner != nil { round.outcome = outcome }
        }
        placeHeld(&round)
        let after = fleetMeasure()
        (round.costBefore, round.driveBefore, round.metresBefore) = before
        (round.costAfter, round.driveAfter, round.metresAfter) = after
        emit(.reoptimised(round))
        scheduleRound(at: now + rules.interval)
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

    /// Remove-and-reinsert, then pairwise swaps between vehicles; first improvement, one pass each in
    /// trip order: a rider goes where the insertion search finds them cheapest (or two riders trade
    /// vehicles) when that costs less than they cost where they were.
    func localSearch(_ round: inout ReoptimisationRound) {
        for r in movableRiders() { relocate(r, &round) }
        swapPass(&round)
        if round.reassigned > 0 || round.resequenced > 0 { round.outcome = .improved }
    }

    /// Rider `r` taken out of their vehicle's plan: the vehicle, its plan before and after, the promise,
    /// and what the rider costs where they are (the drive their stops add, their wait and their ride).
    private func removal(_ r: Int32) -> Removal? {
        let v = tripVehicle[Int(r)]
        guard v >= 0, trips[Int(r)]?.state == .accepted, let spec = orders[Int(r)]?.spec else { return nil }
        let old = fleet.plans[Int(v)]
        guard let pickup = old.stops.first(where: { $0.trip == r && $0.isPickup }),
            let dropoff = old.stops.first(where: { $0.trip == r && !$0.isPickup })
        else { return nil }
        var without = old
        without.removeStops(ofTrip: r, travel: travel, now: now)
        let saving = Self.plannedDrive(old) - Self.plannedDrive(without)
        let cost = spec.cost(addedDrive: saving, pickup: pickup.serviceStart, dropoff: dropoff.serviceStart)
        return Removal(rider: r, vehicle: v, old: old, without: without, spec: spec, cost: cost)
    }

    /// Moves rider `r` if that pays by more than `minimumGain`; the plan stays as it was otherwise.
    private func relocate(_ r: Int32, _ round: inout ReoptimisationRound) {
        guard let out = removal(r) else { return }
        let v = out.vehicle
        fleet.plans[Int(v)] = out.without
        planChanged(v)
        guard let insertion = matcher.bestInsertion(of: out.spec, fleet: fleet, now: now),
            insertion.cost + Self.minimumGain.ms < out.cost
        else {
            fleet.plans[Int(v)] = out.old
            planChanged(v)
            return
        }
        if insertion.vehicle == v { round.resequenced += 1 }
        move(out, insertion, &round)
    }

    /// Puts a removed rider into the insertion's plan, recording a change of vehicle.
    private func move(_ out: Removal, _ insertion: Insertion, _ round: inout ReoptimisationRound) {
        let (r, from, to) = (out.rider, out.vehicle, insertion.vehicle)
        guard to != from else { return place(r, out.spec, insertion) {} }
        round.reassigned += 1
        _ = transition(r, .reassign)
        place(r, out.spec, insertion) { emit(.reassigned(request: r, from: from, to: to)) }
        resume(from)
    }

    /// Pairs of riders in two vehicles whose pickups lie within `swapReach` of each other trade
    /// vehicles when both fit and the pair costs less after; each rider tries its `swapPartners` nearest.
    private func swapPass(_ round: inout ReoptimisationRound) {
        let riders = movableRiders()
        var touched = Set<Int32>()
        for (k, a) in riders.enumerated() where !touched.contains(a) {
            guard let pa = orders[Int(a)]?.spec.pickupPlace else { continue }
            var partners: [(time: SimTime, rider: Int32)] = []
            for b in riders[(k + 1)...] where !touched.contains(b) && tripVehicle[Int(a)] != tripVehicle[Int(b)] {
                guard let pb = orders[Int(b)]?.spec.pickupPlace else { continue }
                let time = travel.travelTime(from: pa, to: pb, at: now)
                if time <= Self.swapReach { partners.append((time, b)) }
            }
            partners.sort { ($0.time, $0.rider) < ($1.time, $1.rider) }
            for (_, b) in partners.prefix(Self.swapPartners) where swap(a, b, &round) {
                touched.insert(a); touched.insert(b)
                break
            }
        }
    }

    /// Riders `a` and `b` trade vehicles if both fit and that pays by more than `minimumGain`.
    private func swap(_ a: Int32, _ b: Int32, _ round: inout ReoptimisationRound) -> Bool {
        guard let outA = removal(a), let outB = removal(b), outA.vehicle != outB.vehicle else { return false }
        let (v, w) = (outA.vehicle, outB.vehicle)
        fleet.plans[Int(v)] = outA.without
        fleet.plans[Int(w)] = outB.without
        guard let intoW = matcher.bestInsertion(of: outA.spec, into: w, fleet: fleet, now: now),
            let intoV = matcher.bestInsertion(of: outB.spec, into: v, fleet: fleet, now: now),
            intoW.cost + intoV.cost + Self.minimumGain.ms < outA.cost + outB.cost
        else {
            fleet.plans[Int(v)] = outA.old
            fleet.plans[Int(w)] = outB.old
            return false
        }
        planChanged(v)
        planChanged(w)
        move(outA, intoW, &round)
        move(outB, intoV, &round)
        return true
    }

    /// A move must save more than this: moves that save less are noise of the cost's rounding.
    static var minimumGain: SimTime { .seconds(1) }
    /// Swaps are tried between riders whose pickups are at most this far apart (driving).
    static var swapReach: SimTime { .minutes(10) }
    /// Swap partners tried per rider, nearest pickup first.
    static var swapPartners: Int { 5 }

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

    /// The dispatcher's cost (`VehiclePlan.plannedCost`), planned drive time and planned metres of every
    /// plan after its anchor.
    func fleetMeasure() -> (cost: Int64, drive: SimTime, metres: Double) {
        var cost: Int64 = 0, drive = SimTime.zero, metres = 0.0
        for plan in fleet.plans {
            let planned = plan.plannedCost(spec: { self.orders[Int($0)]?.spec }, pickedUp: { self.pickedUpAt[Int($0)] })
            cost += planned.cost
            drive += planned.drive
            var place = plan.anchorPlace
            for s in plan.stops {
                metres += travel.distance(from: place, to: s.place)
                place = s.place
            }
        }
        return (cost, drive, metres)
    }
}

/// A rider taken out of their plan (see `Engine.removal`).
struct Removal {
    var rider: Int32
    var vehicle: Int32
    /// The vehicle's plan with the rider, and without.
    var old, without: VehiclePlan
    var spec: TripSpec
    /// What the rider costs where they were: the drive their stops add, their wait and their ride.
    var cost: Int64
}
