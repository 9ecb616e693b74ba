import Assignment
import Dispatching
import RoadNetwork
import Simulation
import TestSupport
import Testing

/// Batch re-optimisation end to end: the engine, the trip–vehicle graph and the integer program keep
/// every promise, and CBC's answers are brute force's on worlds small enough to enumerate.
@Suite("Batch re-optimisation")
struct BatchReoptimisationTests {
    static func world(seed: UInt64, vehicles: Int, solver: any AssignmentSolver, requests: Int = 40) -> TestWorld {
        var w = ReoptimisationTests.world(seed: seed, vehicles: vehicles, method: .batch, requests: requests)
        let rules = w.dispatch.reoptimisation
        w.batchAssigner = { BatchAssignment(travel: $0, rules: rules, solver: solver) }
        return w
    }

    static let cbc = CbcAssignmentSolver(nodeLimit: 2000, timeLimitSeconds: 60)

    @Test("batch assignment keeps every promise on 30 seeded random fleets", arguments: 1...30)
    func keepsPromises(seed: UInt64) {
        let log = Self.world(seed: seed, vehicles: 2 + Int(seed % 4), solver: Self.cbc).run()
        #expect(ReoptimisationTests.promisesKept(log) == [])
        #expect(log.unfinished == 0)
        let rounds = log.events.compactMap { if case .reoptimised(let r) = $0.kind { r } else { nil } }
        #expect(!rounds.isEmpty)
        #expect(rounds.allSatisfy { $0.outcome != .solverFailed && $0.outcome != .timeLimit })
    }

    @Test("CBC and brute force make the same run on small worlds", arguments: 1...12)
    func cbcIsBruteForce(seed: UInt64) {
        let a = Self.world(seed: seed, vehicles: 2, solver: Self.cbc, requests: 12).run()
        let b = Self.world(seed: seed, vehicles: 2, solver: BruteForceAssignmentSolver(), requests: 12).run()
        let line = { (e: SimEvent) in "\(e.time) \(RunLog.name(e.kind))" }
        #expect(a.events.map(line) == b.events.map(line))
    }

    @Test("batch rounds change plans on some seeds: the program is not idle")
    func moves() {
        var changed = 0
        for seed in UInt64(1)...10 {
            let log = Self.world(seed: seed, vehicles: 3, solver: Self.cbc).run()
            changed += log.events.reduce(0) {
                if case .reoptimised(let r) = $1.kind {
                    $0 + Int(r.reassigned + r.resequenced + r.placedHeld)
                } else {
                    $0
                }
            }
        }
        #expect(changed > 0)
    }
}

/// The promise checker between rounds: the run is advanced round by round, and at every step each
/// accepted rider's planned pickup lies in the ordered offer's window and the planned drop-off by its
/// latest drop-off, before and after every round, whatever the method moved.
@Suite("Promises between rounds")
struct PromisesBetweenRoundsTests {
    static func check(_ w: TestWorld) -> [String] {
        let (engine, _, _) = w.build()
        engine.start()
        var broken: [String] = []
        var t = TestWorld.t0 - .minutes(1)
        while t < TestWorld.t0 + .hours(3) {
            // Rounds fall every 30 s from the first shift start: look just before and just after each.
            for probe in [t + .seconds(29), t + .seconds(30)] {
                engine.advance(until: probe)
                for r in 0..<Int32(engine.requestCount) {
                    guard let s = engine.status(r), s.state == .accepted, s.vehicle != nil else { continue }
                    if s.pickupTime < s.offer.pickupEarliest || s.pickupTime > s.offer.pickupLatest {
                        broken.append("\(probe): trip \(r) planned pickup \(s.pickupTime) outside its window")
                    }
                    if s.dropoffTime > s.offer.dropoffLatest {
                        broken.append("\(probe): trip \(r) planned drop-off \(s.dropoffTime) after its promise")
                    }
                }
            }
            t += .seconds(30)
        }
        return broken
    }

    @Test("local search, 10 seeded fleets", arguments: 1...10)
    func localSearch(seed: UInt64) {
        #expect(Self.check(ReoptimisationTests.world(seed: seed, vehicles: 3, method: .localSearch)) == [])
    }

    @Test("batch, 10 seeded fleets", arguments: 1...10)
    func batch(seed: UInt64) {
        #expect(
            Self.check(BatchReoptimisationTests.world(seed: seed, vehicles: 3, solver: BatchReoptimisationTests.cbc))
                == [])
    }
}
