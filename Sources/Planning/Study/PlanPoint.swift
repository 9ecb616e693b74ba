import Reports

/// One fleet size of a plan: its runs (one per seed) and each target judged over them.
public struct PlanPoint: Sendable {
    public var fleet: Int
    /// Sorted by seed.
    public var runs: [PlanRun]
    /// Per study target: the judged value (worst or mean over seeds); nil if undefined in some seed.
    public var judged: [Double?]
    /// Indices of the targets missed.
    public var misses: [Int]

    public var meets: Bool { misses.isEmpty }

    public init(fleet: Int, runs: [PlanRun], study: PlanStudy) {
        self.fleet = fleet
        self.runs = runs.sorted { $0.seed < $1.seed }
        let sorted = self.runs
        let judged = study.targets.map { t in study.judge.judge(sorted.map { $0.sample.value(t.measure) }, for: t) }
        self.judged = judged
        misses = study.targets.indices.filter { !study.targets[$0].meets(judged[$0]) }
    }

    /// `kpi` in each run, by seed.
    public func values(_ kpi: KPI) -> [Double?] { runs.map { $0.sample.value(kpi) } }

    /// Whether the trips requested in `hour` meet every hourly target (judged over the seeds that had
    /// requests then); nil when no seed had a request in that hour or no target is hourly.
    public func hourMeets(_ hour: Int, study: PlanStudy) -> Bool? {
        let targets = study.targets.filter { $0.measure.hourly }
        let withRequests = runs.filter { $0.hourRequests(hour) > 0 }
        guard !targets.isEmpty, !withRequests.isEmpty else { return nil }
        return targets.allSatisfy { t in
            t.meets(study.judge.judge(withRequests.map { $0.hourValue(t.measure, hour: hour) }, for: t))
        }
    }

    /// Mean requests per seed in `hour`.
    public func hourRequests(_ hour: Int) -> Double {
        runs.isEmpty ? 0 : Double(runs.reduce(0) { $0 + $1.hourRequests(hour) }) / Double(runs.count)
    }

    /// Hours with a request in some run, ascending.
    public var requestHours: [Int] { Array(Set(runs.flatMap { $0.sample.hours.map(\.hour) })).sorted() }
}
