import RoadNetwork
import Simulation

@testable import Dispatching

/// Seeded random dispatch instances: a fleet whose plans were built by earlier insertions, and a new trip.
struct RandomInstance {
    let travel: StraightLineTravelTime
    var fleet: Fleet
    let spec: TripSpec
    let now: SimTime
    let origin = GeoPoint(lat: 52.52, lon: 13.40)

    init(seed: UInt64, vehicles: ClosedRange<Int> = 1...5, places: Int = 25) {
        var g = SeededGenerator(seed: seed)
        travel = StraightLineTravelTime(speed: g.uniform(5...12), detourFactor: g.uniform(1...1.5))
        let projection = LocalProjection(origin: origin)
        for _ in 0..<places {
            _ = travel.addPlace(
                projection.unproject(PlanePoint(x: g.uniform(-3000...3000), y: g.uniform(-3000...3000))))
        }
        now = .seconds(g.uniform(0...3600))
        let count = Int(g.uniform(Double(vehicles.lowerBound)...Double(vehicles.upperBound) + 0.999))
        var specs: [VehicleSpec] = [], plans: [VehiclePlan] = []
        for v in 0..<count {
            let type = VehicleType(
                name: "t\(v)", seats: Int16(g.uniform(2...8.99)), wheelchairPlaces: Int16(g.uniform(0...1.99)),
                seatsFoldedPerWheelchair: Int16(g.uniform(0...2.99)), forwardsSeats: Int16(g.uniform(0...1.99)),
                backwardsSeats: Int16(g.uniform(0...1.99)), boosterSeats: Int16(g.uniform(0...1.99)))
            specs.append(
                VehicleSpec(
                    id: "v\(v)", type: type, start: origin, shiftStart: .zero,
                    shiftEnd: now + .seconds(g.uniform(1800...14400))))
            plans.append(
                VehiclePlan(
                    position: PlaceID(g.uniform(0...Double(places) - 0.001)),
                    idleSince: now - .seconds(g.uniform(0...600)), shiftEnd: specs[v].shiftEnd))
        }
        fleet = Fleet(specs: specs, plans: plans)
        // Earlier trips, placed by the reference search, some vehicles already on their way.
        let earlier = Int(g.uniform(0...Double(count * 4)))
        for t in 0..<earlier {
            let s = Self.randomSpec(trip: Int32(t), now: now, places: places, travel: travel, g: &g)
            let v = Int(g.uniform(0...Double(count) - 0.001))
            if let ins = BruteForceInsertion.best(
                for: s, vehicle: Int32(v), plan: fleet.plans[v],
                capacity: specs[v].type.capacity, travel: travel, now: now)
            {
                fleet.plans[v].insert(
                    pickup: s.pickupStop(), at: ins.pickupIndex, dropoff: s.dropoffStop(),
                    before: ins.dropoffIndex, travel: travel, now: now)
            }
        }
        for v in 0..<count where g.unit() < 0.4 { _ = fleet.plans[v].lockNext(travel: travel, now: now) }
        spec = Self.randomSpec(trip: Int32(earlier), now: now, places: places, travel: travel, g: &g)
    }

    static func randomSpec(
        trip: Int32, now: SimTime, places: Int, travel: StraightLineTravelTime,
        g: inout SeededGenerator
    ) -> TripSpec {
        let p = PlaceID(g.uniform(0...Double(places) - 0.001))
        var d = PlaceID(g.uniform(0...Double(places) - 0.001))
        if d == p { d = (d + 1) % PlaceID(places) }
        let loads: [[Load]] = [
            [.adult], [.adult, .adult], [.adult(wheelchair: .needed)],
            [.adult, .child(wheelchair: .notNeeded, childSeat: .booster)],
            [.child(wheelchair: .notNeeded, childSeat: .forwards)], [.adult, .adult, .adult]
        ]
        let group = loads[g.pick(weights: [6, 2, 1, 1, 1, 1])]
        let earliest = now + .seconds(g.uniform(0...600))
        let latest = earliest + .seconds(g.uniform(0...1200))
        let direct = travel.travelTime(from: p, to: d, at: earliest)
        let maxRide = direct * g.uniform(1...2) + .seconds(g.uniform(0...600))
        return TripSpec(
            trip: trip, pickupPlace: p, dropoffPlace: d, pickupEarliest: earliest, pickupLatest: latest,
            dropoffLatest: latest + maxRide - .seconds(g.uniform(0...300)), maxRide: maxRide,
            demand: group.demand, boarding: .seconds(g.uniform(0...90)), alighting: .seconds(g.uniform(0...60)),
            desiredDeparture: now, waitWeight: g.uniform(0...1), rideWeight: g.uniform(0...1))
    }
}
