import Reports
import Ridepool

/// The monotone search for the smallest fleet that meets every target: grow from the range's
/// minimum by doubling until a size meets, then bisect between the last miss and the first meet down
/// to one step. Every evaluated point is kept.
///
/// Assumes that more vehicles never make a target worse (true for service KPIs up to noise; with
/// several seeds and common random numbers the noise is small). Where it does not hold, the answer is
/// still "the smallest evaluated size that meets, with one step smaller missing".
struct PlanSearch {
    let study: PlanStudy
    /// Evaluates fleet sizes (all seeds each) and returns their runs.
    let evaluate: ([Int], String) throws -> [PlanRun]
    private(set) var runs: [PlanRun] = []

    init(study: PlanStudy, evaluate: @escaping ([Int], String) throws -> [PlanRun]) {
        self.study = study; self.evaluate = evaluate
    }

    /// Runs the search; returns the runs of every evaluated size.
    mutating func run() throws -> [PlanRun] {
        let lattice = study.lattice
        var i = 0, lastMiss: Int?
        while true {
            guard try meets(lattice[i], "search") else {
                lastMiss = i
                guard i < lattice.count - 1 else { return runs }
                let doubled = lattice[i] * 2
                i = max(i + 1, lattice.firstIndex { $0 >= doubled } ?? lattice.count - 1)
                continue
            }
            break
        }
        var hi = i
        while let lo = lastMiss, hi - lo > 1 {
            let mid = (lo + hi) / 2
            if try meets(lattice[mid], "search") { hi = mid } else { lastMiss = mid }
        }
        return runs
    }

    /// Sizes to add so that the hourly plan can tell hours apart: evaluated sizes up to `recommended`
    /// get gaps of at most an eighth of it (and at least one step).
    static func hourlyFill(evaluated: [Int], recommended: Int, study: PlanStudy) -> [Int] {
        let lattice = study.lattice.filter { $0 <= recommended }
        let limit = max(study.step, recommended / 8)
        var sizes = Set(evaluated.filter { $0 <= recommended })
        var added: [Int] = []
        while true {
            let sorted = sizes.sorted()
            guard let (a, b) = zip(sorted, sorted.dropFirst()).max(by: { ($0.1 - $0.0) < ($1.1 - $1.0) }),
                b - a > limit,
                let mid = lattice.min(by: { abs($0 - (a + b) / 2) < abs($1 - (a + b) / 2) }), mid > a, mid < b
            else { break }
            sizes.insert(mid); added.append(mid)
        }
        return added.sorted()
    }

    private mutating func meets(_ fleet: Int, _ phase: String) throws -> Bool {
        let new = try evaluate([fleet], phase)
        runs += new
        return PlanPoint(fleet: fleet, runs: new, study: study).meets
    }
}
