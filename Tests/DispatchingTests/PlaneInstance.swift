import RoadNetwork
import Simulation

@testable import Dispatching

/// Seeded random instances on a part of the peer's plane ([0, 4]², unit speed, 1,000 s per unit): plans built
/// by earlier insertions at time 0 and driven as the engine drives them up to `now`, so that many
/// vehicles are mid-leg; and a new trip with random windows, loads, weights and boarding times.
struct PlaneInstance {
    let travel: PlaneTravelTime
    var fleet: Fleet
    let spec: TripSpec
    let now: SimTime
    /// The instance's generator, left where the instance was made (for draws that depend on it).
    var g: SeededGenerator

    init(seed: UInt64, vehicles: ClosedRange<Int> = 1...6, places: Int = 30) {
        g = SeededGenerator(seed: seed)
        travel = PlaneTravelTime(secondsPerUnit: 1000, capacity: places + 64)
        for _ in 0..<places { _ = travel.addPlace(PlaneTravelTime.point(x: g.uniform(0...4), y: g.uniform(0...4))) }
        let day = SimTime.hours(24)
        let count = Int(g.uniform(Double(vehicles.lowerBound)...Double(vehicles.upperBound) + 0.999))
        var specs: [VehicleSpec] = [], plans: [VehiclePlan] = []
        var trip: Int32 = 1
        for v in 0..<count {
            let type = VehicleType(
                name: "t\(v)", seats: Int16(g.uniform(2...6.99)), wheelchairPlaces: Int16(g.uniform(0...1.99)),
                seatsFoldedPerWheelchair: Int16(g.uniform(0...2.99)), boosterSeats: Int16(g.uniform(0...1.99)))
            specs.append(
                VehicleSpec(
                    id: "v\(v)", type: type, start: PlaneTravelTime.point(x: 5, y: 5), shiftStart: .zero,
                    shiftEnd: day))
            var plan = VehiclePlan(
                position: PlaceID(1 + Int(g.uniform(0...Double(places) - 1.001))), idleSince: .zero,
                shiftEnd: day)
            for _ in 0..<Int(g.uniform(0...4.999)) {
                let s = Self.randomSpec(trip: trip, after: .zero, places: places, travel: travel, g: &g)
                trip += 1
                if let ins = BruteForceInsertion.best(
                    for: s, vehicle: Int32(v), plan: plan, capacity: type.capacity,
                    travel: travel, now: .zero)
                {
                    plan.insert(
                        pickup: s.pickupStop(), at: ins.pickupIndex, dropoff: s.dropoffStop(),
                        before: ins.dropoffIndex, travel: travel, now: .zero)
                }
            }
            plans.append(plan)
        }
        now = .seconds(g.uniform(0...3000))
        for v in plans.indices { Self.drive(&plans[v], until: now, travel: travel) }
        fleet = Fleet(specs: specs, plans: plans)
        spec = Self.randomSpec(trip: 0, after: now, places: places, travel: travel, g: &g)
    }

    /// Serves `plan`'s stops as the engine does (riders on time, no no-shows) up to `now`.
    static func drive(_ plan: inout VehiclePlan, until now: SimTime, travel: PlaneTravelTime) {
        var next = plan.lockNext(travel: travel, now: .zero)
        while let stop = next, stop.departure <= now {
            if stop.isPickup { plan.onboard += stop.demand } else { plan.onboard -= stop.demand }
            plan.finishCurrent(at: stop.departure, travel: travel)
            next = plan.lockNext(travel: travel, now: stop.departure)
        }
    }

    static func randomSpec(
        trip: Int32, after t: SimTime, places: Int, travel: PlaneTravelTime,
        g: inout SeededGenerator
    ) -> TripSpec {
        let p = PlaceID(1 + Int(g.uniform(0...Double(places) - 1.001)))
        var d = PlaceID(1 + Int(g.uniform(0...Double(places) - 1.001)))
        if d == p { d = p == PlaceID(places) ? 1 : p + 1 }
        let loads: [[Load]] = [
            [.adult], [.adult, .adult], [.adult(wheelchair: .needed)],
            [.adult, .child(wheelchair: .notNeeded, childSeat: .booster)]
        ]
        let group = loads[g.pick(weights: [6, 2, 1, 1])]
        let earliest = t + .seconds(g.uniform(0...300))
        let latest = earliest + .seconds(g.uniform(300...6000))
        let direct = travel.travelTime(from: p, to: d, at: earliest)
        let maxRide = direct * g.uniform(1.2...2.5) + .seconds(g.uniform(0...1200))
        let weighted = g.unit() < 0.5
        return TripSpec(
            trip: trip, pickupPlace: p, dropoffPlace: d, pickupEarliest: earliest, pickupLatest: latest,
            dropoffLatest: latest + maxRide - .seconds(g.uniform(0...300)), maxRide: maxRide,
            demand: group.demand, boarding: .seconds(g.uniform(0...30)), alighting: .seconds(g.uniform(0...30)),
            desiredDeparture: t, waitWeight: weighted ? g.uniform(0...2) : 0,
            rideWeight: weighted ? g.uniform(0...2) : 0)
    }
}
