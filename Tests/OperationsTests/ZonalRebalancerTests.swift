import Simulation
import Testing

@testable import Operations

/// Places 0, 1, 2, … on a line, a minute apart; zone `z` holds places 10z…10z + 9 and sends its
/// vehicles to place 10z + 5.
private enum Line {
    static func zone(_ place: PlaceID) -> Int? { place >= 0 ? Int(place / 10) : nil }
    static func travel(_ a: PlaceID, _ b: PlaceID) -> SimTime { .minutes(Double(abs(a - b))) }
    static func rebalancer(zones: Int, maxTravel: SimTime) -> ZonalRebalancer {
        ZonalRebalancer(
            zoneOf: zone, targets: (0..<zones).map { PlaceID(10 * $0 + 5) }, travelTime: travel, maxTravel: maxTravel)
    }
}

@Suite("Zonal rebalancer")
struct ZonalRebalancerTests {
    @Test("idle vehicles in one zone, demand in the other: the surplus moves, nearest vehicles first")
    func surplusMovesTowardsDemand() {
        var r = Line.rebalancer(zones: 2, maxTravel: .minutes(20))
        // Four idle vehicles in zone 0; pickups: one in zone 0, three in zone 1 → targets 1 and 3.
        let snapshot = FleetSnapshot(
            now: .zero, idle: [(1, 0), (2, 2), (3, 4), (4, 6)], soonIdle: [], expectedPickups: [3, 12, 15, 18])
        // The three nearest to place 15 go; vehicle 1 (place 0, farthest) stays.
        #expect(
            r.repositioning(snapshot) == [
                .init(vehicle: 2, place: 15), .init(vehicle: 3, place: 15), .init(vehicle: 4, place: 15)
            ])
    }

    @Test("zones farther apart than maxTravel exchange nothing; a vehicle whose own drive is too long stays")
    func maxTravelBoundsMoves() {
        let snapshot = FleetSnapshot(
            now: .zero, idle: [(1, 0), (2, 2), (3, 4), (4, 6)], soonIdle: [], expectedPickups: [15, 15, 15, 15])
        // The zones' places are 10 minutes apart.
        var tooShort = Line.rebalancer(zones: 2, maxTravel: .minutes(9))
        #expect(tooShort.repositioning(snapshot).isEmpty)
        // 12 minutes: the zones may exchange, but only the vehicles at places 6 (9 min) and 4 (11 min) are near enough.
        var bounded = Line.rebalancer(zones: 2, maxTravel: .minutes(12))
        #expect(bounded.repositioning(snapshot) == [.init(vehicle: 3, place: 15), .init(vehicle: 4, place: 15)])
    }

    @Test("vehicles soon idle count as supply where they will be, and are never moved")
    func soonIdleCountButStay() {
        var r = Line.rebalancer(zones: 2, maxTravel: .minutes(30))
        // Zone 0: one idle, three soon idle; demand two and two → targets 2 and 2. Zone 0 has 4 (surplus 2),
        // but only one is idle now: one move.
        let oneIdle = FleetSnapshot(
            now: .zero, idle: [(1, 5)], soonIdle: [(7, 3), (8, 3), (9, 3)], expectedPickups: [1, 2, 11, 12])
        #expect(r.repositioning(oneIdle) == [.init(vehicle: 1, place: 15)])
        // Seven vehicles, pickups two in zone 0 and five in zone 1: targets 2 and 5. Zone 1 will have two
        // soon, so it lacks three; without them the five idle ones would get targets 1 and 4, and four would go.
        let pickups: [PlaceID] = [1, 2, 11, 12, 13, 14, 15]
        let idle = (1...5).map { (vehicle: Int32($0), place: PlaceID($0)) }
        let helped = FleetSnapshot(now: .zero, idle: idle, soonIdle: [(8, 19), (9, 19)], expectedPickups: pickups)
        #expect(r.repositioning(helped) == [3, 4, 5].map { .init(vehicle: $0, place: 15) })
        let alone = FleetSnapshot(now: .zero, idle: idle, soonIdle: [], expectedPickups: pickups)
        #expect(r.repositioning(alone) == [2, 3, 4, 5].map { .init(vehicle: $0, place: 15) })
    }

    @Test(
        "one zone sending to two: every vehicle at most once, flows taken in zone order, each by its nearest vehicles")
    func eachVehicleOnce() {
        var r = Line.rebalancer(zones: 3, maxTravel: .minutes(30))
        let snapshot = FleetSnapshot(
            now: .zero, idle: [(10, 1), (11, 3), (12, 7), (13, 9)], soonIdle: [], expectedPickups: [12, 14, 25, 26])
        let moves = r.repositioning(snapshot)
        #expect(Set(moves.map(\.vehicle)).count == moves.count)
        #expect(
            moves == [
                .init(vehicle: 10, place: 25), .init(vehicle: 11, place: 25),
                .init(vehicle: 12, place: 15), .init(vehicle: 13, place: 15)
            ])
    }

    @Test("a zone sends no more than its idle vehicles, so another zone sends the rest")
    func surplusIsCappedByIdle() {
        // Zones 1 and 4 may send to zone 2 (10 and 20 minutes), nobody can reach zone 7 within 25 minutes.
        // Zone 1 has one idle and three soon idle (target 2), zone 4 two idle (target 1); zone 2 wants 2,
        // zone 7 one. Zone 1 can send one vehicle, not two, so zone 4 sends the other.
        var r = Line.rebalancer(zones: 8, maxTravel: .minutes(25))
        let snapshot = FleetSnapshot(
            now: .zero, idle: [(1, 15), (10, 45), (11, 45)], soonIdle: [(2, 15), (3, 15), (4, 15)],
            expectedPickups: [12, 18, 44, 21, 29, 75])
        #expect(r.repositioning(snapshot) == [.init(vehicle: 1, place: 25), .init(vehicle: 10, place: 25)])
    }

    @Test("no expected demand, or only outside the zones: nobody moves")
    func noDemandNoMoves() {
        var r = Line.rebalancer(zones: 2, maxTravel: .minutes(30))
        let idle: [(vehicle: Int32, place: PlaceID)] = [(1, 1), (2, 2)]
        #expect(r.repositioning(FleetSnapshot(now: .zero, idle: idle, soonIdle: [], expectedPickups: [])).isEmpty)
        #expect(r.repositioning(FleetSnapshot(now: .zero, idle: idle, soonIdle: [], expectedPickups: [-3, 40])).isEmpty)
    }

    @Test(
        "300 seeded fleets: the same moves for the same fleet in any order; only idle vehicles, once, within maxTravel")
    func randomFleetsAreDeterministicAndBounded() {
        var moved = 0
        for seed in UInt64(1)...300 {
            var g = SeededGenerator(seed: seed)
            let zones = g.int(2...6), maxTravel = SimTime.minutes(Double(g.int(5...40)))
            let vehicles = (0..<g.int(0...25)).map { (vehicle: Int32($0), place: PlaceID(g.int(0...10 * zones - 1))) }
            let split = g.int(0...vehicles.count)
            let snapshot = FleetSnapshot(
                now: .zero, idle: Array(vehicles[..<split]), soonIdle: Array(vehicles[split...]),
                expectedPickups: (0..<g.int(0...30)).map { _ in PlaceID(g.int(0...10 * zones - 1)) })
            var shuffled = snapshot
            shuffled.idle.shuffle(using: &g)
            shuffled.soonIdle.shuffle(using: &g)
            shuffled.expectedPickups.shuffle(using: &g)
            var r = Line.rebalancer(zones: zones, maxTravel: maxTravel)
            let moves = r.repositioning(snapshot)
            #expect(moves == r.repositioning(shuffled), "seed \(seed)")
            #expect(
                moves.map(\.vehicle) == moves.map(\.vehicle).sorted() && Set(moves.map(\.vehicle)).count == moves.count)
            let idle = Dictionary(uniqueKeysWithValues: snapshot.idle.map { ($0.vehicle, $0.place) })
            for m in moves {
                guard let from = idle[m.vehicle] else {
                    Issue.record("seed \(seed): vehicle \(m.vehicle) is not idle")
                    continue
                }
                #expect(Line.travel(from, m.place) <= maxTravel && m.place % 10 == 5, "seed \(seed)")
                #expect(Line.zone(from) != Line.zone(m.place), "seed \(seed): a move within a zone")
            }
            moved += moves.count
        }
        #expect(moved > 250, "\(moved) moves: too few to prove anything")
    }

    @Test("shares follow demand by largest remainder, ties to the lower zone, zero demand gets zero")
    func proportionalShares() {
        #expect(ZonalRebalancer.proportionalShares(of: 10, by: [1, 1, 1]) == [4, 3, 3])
        #expect(ZonalRebalancer.proportionalShares(of: 5, by: [0, 2, 1]) == [0, 3, 2])
        #expect(ZonalRebalancer.proportionalShares(of: 3, by: [0, 0]) == [0, 0])
        var g = SeededGenerator(seed: 42)
        for _ in 0..<500 {
            let weights = (0..<g.int(1...8)).map { _ in g.chance(0.3) ? 0 : g.int(1...20) }
            let total = g.int(0...60), sum = weights.reduce(0, +)
            let shares = ZonalRebalancer.proportionalShares(of: total, by: weights)
            #expect(sum == 0 || shares.reduce(0, +) == total)
            for (w, s) in zip(weights, shares) {
                // Within one of its quota: floor or floor + 1; zero when the weight is zero.
                let floor = sum == 0 ? 0 : total * w / sum
                #expect(s == floor || s == floor + 1 && w > 0, "\(weights) \(total) → \(shares)")
            }
        }
    }
}
