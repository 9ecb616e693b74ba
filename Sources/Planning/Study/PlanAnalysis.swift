import Reports

/// What the evaluated fleet sizes say: the smallest size that meets every target, what binds it,
/// and, when none does, the best each target reached.
public struct PlanAnalysis: Sendable {
    public let study: PlanStudy
    /// One per evaluated fleet size, ascending.
    public let points: [PlanPoint]
    /// Sizes evaluated only to resolve the hourly plan (after the search): they never move the recommendation.
    public let hourlyOnly: Set<Int>

    /// Groups `runs` by fleet size.
    public init(study: PlanStudy, runs: [PlanRun], hourlyOnly: Set<Int> = []) {
        self.study = study
        self.hourlyOnly = hourlyOnly
        points = Dictionary(grouping: runs, by: \.fleet).keys.sorted().map { fleet in
            PlanPoint(fleet: fleet, runs: runs.filter { $0.fleet == fleet }, study: study)
        }
    }

    /// The points of the search or grid (without the hourly-only ones).
    public var decisive: [PlanPoint] { points.filter { !hourlyOnly.contains($0.fleet) } }

    /// The smallest evaluated size that meets every target.
    public var recommended: PlanPoint? { decisive.first { $0.meets } }

    /// The largest evaluated size below the recommendation (in a finished search: one step smaller).
    public var stepSmaller: PlanPoint? {
        guard let r = recommended else { return nil }
        return decisive.last { $0.fleet < r.fleet }
    }

    /// Targets the next smaller size misses: what decides the recommendation.
    public var binding: [PlanTarget] { stepSmaller.map { p in p.misses.map { study.targets[$0] } } ?? [] }

    /// Evaluated sizes above the recommendation that miss a target (noise, or targets that get worse
    /// with more vehicles, such as utilisation).
    public var notMonotone: [Int] {
        guard let r = recommended else { return [] }
        return decisive.filter { $0.fleet > r.fleet && !$0.meets }.map(\.fleet)
    }

    /// For each target, the best judged value reached and the smallest size reaching it.
    public var bestReached: [(target: PlanTarget, value: Double?, fleet: Int?)] {
        study.targets.indices.map { i in
            let t = study.targets[i]
            var best: (Double?, Int?) = (nil, nil)
            for p in points {
                let v = p.judged[i]
                if let v, best.0 == nil || t.better(v, best.0) != best.0 { best = (v, p.fleet) }
            }
            return (t, best.0, best.1)
        }
    }

    /// The answer in one sentence.
    public var answer: String {
        if let r = recommended {
            let smaller =
                stepSmaller.map { s in
                    " \(s.fleet) vehicles miss "
                        + s.misses.map { study.targets[$0].description }.joined(separator: " and ") + "."
                }
                ?? " It is the smallest size considered (\(study.mode == .grid ? "the grid's first" : "--fleet's minimum")); a smaller fleet may meet the targets too."
            return
                "\(r.fleet) vehicles meet every target (judged on the \(study.judge == .worst ? "worst" : "mean") of \(study.seeds.count) seed\(study.seeds.count == 1 ? "" : "s"))."
                + smaller
        }
        let best = bestReached.map { b in
            "\(b.target.description): best \(b.value.map { ChartAxis.plain($0) } ?? "undefined")\(b.fleet.map { " at \($0) vehicles" } ?? "")"
        }
        let largest = points.last?.fleet ?? study.fleetMax
        return "No fleet size up to \(largest) meets every target. Best reached: " + best.joined(separator: "; ") + "."
    }
}
