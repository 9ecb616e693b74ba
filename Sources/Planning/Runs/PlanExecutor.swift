import Foundation
import Reports
import Ridepool
import Scenario

/// One simulation of a plan: a scenario (seed and fleet already applied) and how to label its result.
struct PlanJob: Sendable {
    var fleet: Int
    var seed: UInt64
    var spec: ScenarioSpec
}

/// Where a plan stands, for its one progress line.
public struct PlanProgress: Sendable {
    /// What is being evaluated: `search`, `hourly plan`, `check 1`, `grid`.
    public var phase: String
    public var runsDone: Int
    /// Runs started or finished so far (the search adds runs as it goes).
    public var runsKnown: Int
    /// Fleet sizes of the current batch.
    public var fleets: [Int]
}

/// Runs a plan's simulations on `threads` worker threads and counts them for the progress line.
final class PlanExecutor: @unchecked Sendable {
    let inputs: PlanInputs
    let threads: Int
    private let progress: (@Sendable (PlanProgress) -> Void)?
    private let lock = NSLock()
    private var done = 0
    private var known = 0

    init(inputs: PlanInputs, threads: Int, progress: (@Sendable (PlanProgress) -> Void)?) {
        self.inputs = inputs; self.threads = max(1, threads); self.progress = progress
    }

    /// Simulates every job (in parallel, at most `threads` at once) and returns their runs in job order.
    /// - Throws: the first error any job threw.
    func run(_ jobs: [PlanJob], phase: String) throws -> [PlanRun] {
        guard !jobs.isEmpty else { return [] }
        let fleets = Array(Set(jobs.map(\.fleet))).sorted()
        lock.withLock { known += jobs.count }
        report(phase, fleets)
        let results = ResultSlots(count: jobs.count)
        let next = ResultSlots(count: 0)
        DispatchQueue.concurrentPerform(iterations: min(threads, jobs.count)) { _ in
            while let i = next.take(below: jobs.count) {
                let job = jobs[i]
                let outcome = Result { try PlanExecutor.measure(job, inputs: self.inputs) }
                results.store(i, outcome)
                lock.withLock { done += 1 }
                report(phase, fleets)
            }
        }
        return try results.values()
    }

    /// One run: builds its world, simulates into an accumulator, measures the tables.
    static func measure(_ job: PlanJob, inputs: PlanInputs) throws -> PlanRun {
        let world = try RunWorld(plan: inputs, spec: job.spec)
        let accumulator = RunAccumulator()
        _ = world.simulate(into: accumulator)
        let tables = accumulator.takeTables()
        return PlanRun(
            fleet: job.fleet, seed: job.seed, sample: KPISample(trips: tables.trips, vehicles: tables.vehicles))
    }

    private func report(_ phase: String, _ fleets: [Int]) {
        guard let progress else { return }
        let (d, k) = lock.withLock { (done, known) }
        progress(PlanProgress(phase: phase, runsDone: d, runsKnown: k, fleets: fleets))
    }
}

/// Results by job index, filled by the worker threads; also hands out job indices.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<PlanRun, any Error>?]
    private var cursor = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard cursor < limit else { return nil }
            cursor += 1
            return cursor - 1
        }
    }

    func store(_ i: Int, _ r: Result<PlanRun, any Error>) { lock.withLock { slots[i] = r } }

    func values() throws -> [PlanRun] { try lock.withLock { try slots.map { try $0!.get() } } }
}
