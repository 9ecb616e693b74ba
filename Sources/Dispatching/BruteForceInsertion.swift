import Simulation

/// The reference insertion search: builds every candidate plan and simulates it stop by stop.
///
/// Slow (O(n³) per vehicle) and obviously right; the tests hold `InsertionSearch` to it.
public enum BruteForceInsertion {
    public static func best(
        for spec: TripSpec, vehicle: Int32, plan: VehiclePlan, capacity: Capacity,
        travel: some TravelTimeModel, now: SimTime
    ) -> Insertion? {
        let stops = plan.stops
        let start = max(plan.anchorTime, now)
        let oldDrive = stops.reduce(SimTime.zero) { $0 + $1.legTime! }
        var best: Insertion?
        for i in 0...stops.count {
            for j in i...stops.count {
                let route = VehiclePlan.inserting(spec.pickupStop(), at: i, spec.dropoffStop(), before: j, into: stops)
                guard let r = simulate(route, plan: plan, start: start, spec: spec, capacity: capacity, travel: travel)
                else { continue }
                let c = Insertion(
                    vehicle: vehicle, pickupIndex: i, dropoffIndex: j,
                    cost: spec.cost(addedDrive: r.drive - oldDrive, pickup: r.pickup, dropoff: r.dropoff),
                    pickupTime: r.pickup, dropoffTime: r.dropoff)
                if best.map({ c.isBetter(than: $0) }) ?? true { best = c }
            }
        }
        return best
    }

    /// Drives `route` from the anchor; nil if any window, ride limit, capacity or the shift breaks, if the
    /// vehicle cannot be back home by the shift's end, or if its battery would go below the reserve
    /// counting the drive from the last stop to the nearest charger.
    static func simulate(
        _ route: [PlannedStop], plan: VehiclePlan, start: SimTime, spec: TripSpec,
        capacity: Capacity, travel: some TravelTimeModel
    )
        -> (drive: SimTime, pickup: SimTime, dropoff: SimTime)?
    {
        var t = start, place = plan.anchorPlace, occupancy = plan.anchorOccupancy
        var drive = SimTime.zero, pickup = SimTime.zero, dropoff = SimTime.zero
        var wh = plan.energy?.anchorWh ?? 0
        for s in route {
            let leg = s.legTime ?? travel.travelTime(from: place, to: s.place, at: t)
            drive += leg
            if let e = plan.energy { wh -= e.leg(from: place, to: s.place, time: leg, travel: travel) }
            let begin = max(t + leg, s.earliest)
            let isNew = s.trip == spec.trip
            let latest = isNew && !s.isPickup ? min(spec.dropoffLatest, pickup + spec.maxRide) : s.latest
            guard begin <= latest else { return nil }
            if isNew { if s.isPickup { pickup = begin } else { dropoff = begin } }
            if s.isPickup { occupancy += s.demand } else { occupancy -= s.demand }
            guard capacity.fits(occupancy) else { return nil }
            t = begin + s.duration
            place = s.place
        }
        let home = plan.home.map { travel.travelTime(from: place, to: $0, at: t) } ?? .zero
        guard t + home <= plan.shiftEnd else { return nil }
        if let e = plan.energy, wh - e.tail(from: place, travel: travel) < e.battery.reserveWh { return nil }
        return (drive, pickup, dropoff)
    }
}
