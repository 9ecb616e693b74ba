import RoadNetwork
import Simulation
import Testing

@testable import Dispatching

@Suite("Insertion search against the brute-force reference")
struct InsertionSearchTests {
    @Test("fast and brute-force searches pick the same insertion in every vehicle of 1,500 seeded instances")
    func fastEqualsBruteForcePerVehicle() {
        var compared = 0, feasible = 0
        for seed in UInt64(1)...1500 {
            let inst = RandomInstance(seed: seed)
            for v in 0..<inst.fleet.count {
                let fast = InsertionSearch.best(
                    for: inst.spec, vehicle: Int32(v), plan: inst.fleet.plans[v],
                    capacity: inst.fleet.capacities[v], travel: inst.travel, now: inst.now)
                let slow = BruteForceInsertion.best(
                    for: inst.spec, vehicle: Int32(v), plan: inst.fleet.plans[v],
                    capacity: inst.fleet.capacities[v], travel: inst.travel, now: inst.now)
                #expect(fast == slow, "seed \(seed) vehicle \(v)")
                compared += 1
                if slow != nil { feasible += 1 }
            }
        }
        // The instances must exercise both outcomes, or the comparison proves little.
        #expect(feasible > compared / 5 && feasible < compared * 9 / 10, "\(feasible) of \(compared) feasible")
    }

    @Test("the pruned pooling matcher finds the same best cost as the brute-force matcher over 1,000 fleets")
    func poolingMatcherEqualsBruteForceMatcher() {
        var withOffer = 0
        for seed in UInt64(10_001)...11_000 {
            let inst = RandomInstance(seed: seed, vehicles: 3...12)
            let projection = LocalProjection(origin: inst.origin)
            var pooled = PoolingMatcher(
                travel: inst.travel, projection: projection,
                bounds: (GeoPoint(lat: 52.49, lon: 13.35), GeoPoint(lat: 52.55, lon: 13.45)),
                vehicles: inst.fleet.count, cellSize: 700)
            for v in 0..<inst.fleet.count { pooled.planDidChange(vehicle: Int32(v), fleet: inst.fleet) }
            var brute = BruteForceMatcher(travel: inst.travel)
            let a = pooled.bestInsertion(of: inst.spec, fleet: inst.fleet, now: inst.now)
            let b = brute.bestInsertion(of: inst.spec, fleet: inst.fleet, now: inst.now)
            #expect(a?.cost == b?.cost, "seed \(seed)")
            #expect(a == b, "seed \(seed)")
            if b != nil { withOffer += 1 }
        }
        #expect(withOffer > 300)
    }

    @Test("a vehicle that cannot reach the pickup in time is not even a candidate")
    func gridPrunesFarVehicles() {
        let travel = StraightLineTravelTime(speed: 10, detourFactor: 1)
        let origin = GeoPoint(lat: 52.52, lon: 13.40)
        let projection = LocalProjection(origin: origin)
        let near = travel.addPlace(origin)
        let far = travel.addPlace(projection.unproject(PlanePoint(x: 20_000, y: 0)))
        let type = VehicleType(name: "van", seats: 4)
        let specs = [
            VehicleSpec(id: "near", type: type, start: origin, shiftStart: .zero, shiftEnd: .hours(24)),
            VehicleSpec(id: "far", type: type, start: origin, shiftStart: .zero, shiftEnd: .hours(24))
        ]
        let fleet = Fleet(
            specs: specs,
            plans: [
                VehiclePlan(position: near, idleSince: .zero, shiftEnd: .hours(24)),
                VehiclePlan(position: far, idleSince: .zero, shiftEnd: .hours(24))
            ])
        var matcher = PoolingMatcher(
            travel: travel, projection: projection,
            bounds: (GeoPoint(lat: 52.4, lon: 13.2), GeoPoint(lat: 52.6, lon: 13.8)), vehicles: 2)
        for v in 0..<2 { matcher.planDidChange(vehicle: Int32(v), fleet: fleet) }
        let spec = TripSpec(
            trip: 0, pickupPlace: near, dropoffPlace: far, pickupEarliest: .zero, pickupLatest: .minutes(10),
            dropoffLatest: .hours(2), maxRide: .hours(1), demand: [Load.adult].demand,
            boarding: .zero, alighting: .zero, desiredDeparture: .zero, waitWeight: 0, rideWeight: 0)
        let best = matcher.bestInsertion(of: spec, fleet: fleet, now: .zero)
        #expect(best?.vehicle == 0)
        #expect(matcher.candidateCount(for: spec, fleet: fleet, now: .zero) == 1)
    }
}
