import Service
import Simulation
import TestSupport
import Testing

/// Every trip ends in a terminal state when the run is long enough; the run's end counts the rest.
@Suite("Horizon")
struct HorizonTests {
    /// Seeded random demand between grid stops over one hour, with every kind of mishap possible.
    static func busyWorld(seed: UInt64, requests: Int = 40) -> TestWorld {
        var w = TestWorld()
        w.seed = seed
        w.riders = RiderBehaviour(
            decisionDelayMin: .seconds(5), decisionDelayMax: .seconds(45),
            waitToleranceMin: .minutes(10), waitToleranceMax: .minutes(20),
            customerCancelProbability: 0.15, integratorCancelProbability: 0.05,
            noShowProbability: 0.15)
        w.addVehicle(at: 0, 0)
        w.addVehicle(
            at: -2000, 2000, type: VehicleType(name: "van", seats: 6, wheelchairPlaces: 1, seatsFoldedPerWheelchair: 2))
        w.addVehicle(at: 2000, -2000)
        var g = SeededGenerator(seed: 1000 + seed)
        for i in 0..<requests {
            let a = Int(g.uniform(0...24.999)), b = (a + 1 + Int(g.uniform(0...22.999))) % 25
            let p = TestWorld.gridStops[a].point, q = TestWorld.gridStops[b].point
            let loads: [[Load]] = [
                [.adult(wheelchair: .notNeeded)], [.adult(wheelchair: .notNeeded), .adult(wheelchair: .notNeeded)],
                [.adult(wheelchair: .needed)]
            ]
            w.requests.append(
                TripRequest(
                    id: "r\(i)", customerID: "c\(i)", time: TestWorld.t0 + .seconds(Double(i) * 90),
                    origin: p, destination: q, loads: loads[g.pick(weights: [6, 2, 1])]))
        }
        return w
    }

    @Test(
        "with a long horizon every ordered trip ends terminal and the run reports none unfinished",
        arguments: UInt64(1)...5)
    func longHorizon(seed: UInt64) {
        let log = Self.busyWorld(seed: seed).run()
        #expect(log.unfinished == 0)
        guard case .runEnded(let n)? = log.events.last?.kind else { Issue.record("no runEnded"); return }
        #expect(n == 0)
        var outcomes = Set<String>()
        for r in Int32(0)..<40 {
            #expect(log.isTerminal(r), "trip \(r): \(log.names(r))")
            outcomes.insert(log.names(r).last ?? "")
        }
        #expect(outcomes.contains("droppedOff"))
        // Every leg takes at least its straight-line drive; occupancy never exceeds the vehicle's type.
        let types = [
            TestWorld.car, VehicleType(name: "van", seats: 6, wheelchairPlaces: 1, seatsFoldedPerWheelchair: 2),
            TestWorld.car
        ]
        for v in Int32(0)..<3 {
            for (d, a) in log.legs(v) {
                #expect(
                    a.time - d.time >= log.minimumDrive(RunLog.place(d.kind)!, RunLog.place(a.kind)!) - SimTime(ms: 1))
                if case .vehicleDeparted(_, _, let o) = d.kind { #expect(types[Int(v)].fits(o)) }
            }
        }
        // Events are in time order.
        #expect(zip(log.events, log.events.dropFirst()).allSatisfy { $0.time <= $1.time })
    }

    @Test("the seeded demand exercises cancellations, no-shows and fulfilled trips")
    func demandCoversOutcomes() {
        var outcomes = Set<String>()
        for seed in UInt64(1)...5 {
            let log = Self.busyWorld(seed: seed).run()
            for r in Int32(0)..<40 { outcomes.insert(log.names(r).last ?? "") }
        }
        #expect(
            outcomes.isSuperset(of: ["droppedOff", "noShow", "cancelled(customer)", "cancelled(integrator)"]),
            "\(outcomes)")
    }

    @Test("a short horizon stops mid-run and runEnded counts the ordered trips not yet terminal")
    func shortHorizon() throws {
        var w = Self.busyWorld(seed: 3)
        w.end = TestWorld.t0 + .minutes(30)
        let log = w.run()
        guard case .runEnded(let n)? = log.events.last?.kind else { Issue.record("no runEnded"); return }
        #expect(log.events.last?.time == w.end)
        #expect(log.events.dropLast().allSatisfy { $0.time <= w.end })
        let open = (Int32(0)..<40).filter { !log.isTerminal($0) }.count
        #expect(open > 0)
        #expect(Int(n) == open)
        #expect(log.unfinished == open)
        // Requests after the horizon were never seen.
        #expect(log.requestCount == 21)
    }
}
