import Reports
import Ridepool
import Scenario
import Simulation

/// How many plugs each depot needs at the recommended fleet (scenarios with chargers only).
///
/// First the recommended fleet is simulated with a plug for every vehicle at each depot that has
/// chargers: the most plugs in use at once is what no vehicle ever waits with (`noQueue`). Then a
/// bisection over a share of those counts (every depot scaled alike, at least one plug each) finds the
/// fewest plugs with which the fleet still meets every target on the study's seeds (`enough`): some
/// vans then wait for a plug, but no target is missed.
public struct ChargerNeed: Hashable, Sendable {
    public var depotID: String
    /// Plugs in the scenario.
    public var plugs: Int
    /// Plugs in use at once at the peak when every vehicle finds one free.
    public var noQueue: Int
    /// The fewest plugs (scaled alike over depots) with which every target is met.
    public var enough: Int
    public var peakAt: SimTime?
    public var meanInUse: Double?
}

enum ChargerSizing {
    static func size(
        _ inputs: PlanInputs, study: PlanStudy, fleet: Int, executor: PlanExecutor
    ) throws -> (needs: [ChargerNeed], runs: Int) {
        let base = try inputs.spec(fleet: fleet, seed: study.seeds[0])
        guard base.operations.hasChargers else { return ([], 0) }
        let charging = base.operations.depots.indices.filter { base.operations.depots[$0].chargers != nil }
        let world = try RunWorld(plan: inputs, spec: withPlugs(base, charging.map { _ in max(1, fleet) }, charging))
        let accumulator = RunAccumulator()
        _ = world.simulate(into: accumulator)
        let use = accumulator.tables().summary.operations?.chargers ?? []
        let noQueue = charging.map { d in use.first { $0.depotID == base.operations.depots[d].id }?.peak ?? 0 }
        let top = max(1, noQueue.max() ?? 1)
        func plugs(_ k: Int) -> [Int] { noQueue.map { max(1, ($0 * k + top - 1) / top) } }
        var runs = 1
        func meets(_ k: Int) throws -> Bool {
            let jobs = try study.seeds.map { seed in
                PlanJob(
                    fleet: fleet, seed: seed,
                    spec: withPlugs(try inputs.spec(fleet: fleet, seed: seed), plugs(k), charging))
            }
            runs += jobs.count
            return PlanPoint(fleet: fleet, runs: try executor.run(jobs, phase: "chargers \(plugs(k))"), study: study)
                .meets
        }
        // Smallest k in 1...top that meets every target (top, no queue at all, is taken to meet them).
        var low = 0, high = top
        while high - low > 1 {
            let mid = (low + high) / 2
            if try meets(mid) { high = mid } else { low = mid }
        }
        let enough = plugs(high)
        let needs = charging.enumerated().map { i, d in
            let u = use.first { $0.depotID == base.operations.depots[d].id }
            return ChargerNeed(
                depotID: base.operations.depots[d].id, plugs: base.operations.depots[d].chargers?.plugs ?? 0,
                noQueue: noQueue[i], enough: enough[i], peakAt: u?.peakAt, meanInUse: u?.meanInUse)
        }
        return (needs, runs)
    }

    private static func withPlugs(_ spec: ScenarioSpec, _ plugs: [Int], _ depots: [Int]) -> ScenarioSpec {
        var spec = spec
        for (d, n) in zip(depots, plugs) { spec.operations.depots[d].chargers?.plugs = n }
        return spec
    }
}
