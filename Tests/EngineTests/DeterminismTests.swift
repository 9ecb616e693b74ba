import Simulation
import TestSupport
import Testing

/// The same setup and seed give the same events; another seed changes the riders' draws.
@Suite("Determinism")
struct DeterminismTests {
    static func world(seed: UInt64) -> TestWorld {
        var w = HorizonTests.busyWorld(seed: 7, requests: 30)
        w.seed = seed
        w.riders.customerCancelProbability = 0.5
        w.riders.integratorCancelProbability = 0
        w.riders.noShowProbability = 0.5
        return w
    }

    @Test("running the same setup twice gives identical event sequences")
    func sameSeedSameEvents() {
        let a = Self.world(seed: 11).run(), b = Self.world(seed: 11).run()
        #expect(a.events.count == b.events.count)
        #expect(a.canonicalText == b.canonicalText)
        #expect(a.events.count > 100)
    }

    @Test("a different seed changes the riders' draws but not the demand")
    func otherSeedOtherDraws() {
        let a = Self.world(seed: 11).run(), b = Self.world(seed: 12).run()
        #expect(a.canonicalText != b.canonicalText)
        let outcome = { (log: RunLog) in (Int32(0)..<30).map { log.names($0).last ?? "" } }
        #expect(outcome(a) != outcome(b))
        // The requests themselves are the setup's, identical in both runs (the customers' generated ids differ).
        let requests = { (log: RunLog) in
            log.events.compactMap { e -> String? in
                guard case .requested(let r, var request) = e.kind else { return nil }
                request.customerID = ""
                return "\(e.time.ms) \(r) \(request)"
            }
        }
        #expect(requests(a) == requests(b))
        let decisionTimes = { (log: RunLog) in (Int32(0)..<30).map { r in log.trip(r).dropFirst(2).first?.time } }
        #expect(decisionTimes(a) != decisionTimes(b))
    }
}
