import RoadNetwork
import Simulation
import Testing

@testable import Dispatching

/// The fast search against the brute-force reference once shifts end at a depot, breaks sit in the
/// plans and batteries run low: the same insertion in every vehicle of seeded instances, and the
/// constraints must bind often (else the comparison would prove nothing).
@Suite("Insertion with depots, breaks and batteries")
struct OperationsFeasibilityTests {
    /// A random instance whose plans end at a depot, carry a break and an electric battery.
    static func operational(seed: UInt64) -> (RandomInstance, plain: Fleet) {
        var inst = RandomInstance(seed: seed)
        let plain = inst.fleet
        var g = SeededGenerator(seed: seed &* 7919)
        let reach = ChargerReach(chargerPlaces: [0, 7])
        for v in 0..<inst.fleet.count {
            var plan = inst.fleet.plans[v]
            if g.unit() < 0.7 { plan.home = PlaceID(g.uniform(0...24.999)) }
            if g.unit() < 0.5 {
                let at = Int(g.uniform(0...Double(plan.stops.count) + 0.999))
                let earliest = inst.now + .seconds(g.uniform(0...3000))
                plan.insert(
                    .operational(
                        .shiftBreak, at: PlaceID(g.uniform(0...24.999)), earliest: earliest,
                        latest: earliest + .seconds(g.uniform(0...1800)), duration: .minutes(15)),
                    at: at, travel: inst.travel, now: inst.now)
            }
            if g.unit() < 0.7 {
                let battery = Battery(
                    capacityWh: 20_000, whPerKm: g.uniform(150...300), auxiliaryKW: g.uniform(0...3),
                    reserveSoc: 0.1)
                plan.energy = PlanEnergy(
                    battery: battery, chargers: reach, socWh: g.uniform(2000...8000), home: plan.home)
            }
            plan.retime(inst.travel, now: inst.now)
            // The engine's plans are feasible by construction: keep only such plans.
            guard plan.isFeasible else { continue }
            inst.fleet.plans[v] = plan
        }
        return (inst, plain)
    }

    @Test("fast and brute-force searches agree in every vehicle of 1,500 instances with operations")
    func fastEqualsBruteForce() {
        var compared = 0, feasible = 0, boundByOperations = 0
        for seed in UInt64(20_001)...21_500 {
            let (inst, plain) = Self.operational(seed: seed)
            for v in 0..<inst.fleet.count {
                let plan = inst.fleet.plans[v], capacity = inst.fleet.capacities[v]
                let fast = InsertionSearch.best(
                    for: inst.spec, vehicle: Int32(v), plan: plan, capacity: capacity, travel: inst.travel,
                    now: inst.now)
                let slow = BruteForceInsertion.best(
                    for: inst.spec, vehicle: Int32(v), plan: plan, capacity: capacity, travel: inst.travel,
                    now: inst.now)
                #expect(fast == slow, "seed \(seed) vehicle \(v)")
                compared += 1
                if fast != nil { feasible += 1 }
                let without = BruteForceInsertion.best(
                    for: inst.spec, vehicle: Int32(v), plan: plain.plans[v], capacity: capacity,
                    travel: inst.travel, now: inst.now)
                if without != nil && slow != without { boundByOperations += 1 }
            }
        }
        #expect(feasible > compared / 5, "too few feasible insertions: \(feasible) of \(compared)")
        #expect(boundByOperations > compared / 20, "operations changed only \(boundByOperations) of \(compared)")
    }

    @Test("a vehicle that could not get home by the shift's end takes no ride")
    func homeBoundsTheShift() throws {
        let (inst, _) = Self.operational(seed: 20_001)
        var plan = VehiclePlan(position: inst.spec.pickupPlace, idleSince: inst.now, shiftEnd: inst.now + .hours(8))
        plan.retime(inst.travel, now: inst.now)
        let capacity = Capacity(
            seats: 8, wheelchairPlaces: 1, seatsFoldedPerWheelchair: 0, forwardsSeats: 1, backwardsSeats: 1,
            boosterSeats: 1)
        let free = try #require(
            InsertionSearch.best(
                for: inst.spec, vehicle: 0, plan: plan, capacity: capacity, travel: inst.travel, now: inst.now))
        // Home is the pickup: the drive back from the drop-off must fit before the shift ends.
        plan.home = inst.spec.pickupPlace
        let back = inst.travel.travelTime(from: inst.spec.dropoffPlace, to: inst.spec.pickupPlace, at: .zero)
        plan.shiftEnd = free.dropoffTime + inst.spec.alighting + back
        plan.retime(inst.travel, now: inst.now)
        #expect(
            InsertionSearch.best(
                for: inst.spec, vehicle: 0, plan: plan, capacity: capacity, travel: inst.travel, now: inst.now) != nil)
        plan.shiftEnd = plan.shiftEnd - .seconds(1)
        plan.retime(inst.travel, now: inst.now)
        #expect(
            InsertionSearch.best(
                for: inst.spec, vehicle: 0, plan: plan, capacity: capacity, travel: inst.travel, now: inst.now) == nil)
    }
}
