import Reports

/// A shift plan: how many vehicles are in service in each hour of the day, derived from the
/// evaluated fleet sizes hour by hour and then checked by simulating it.
///
/// `needed[h]` is the smallest evaluated size (at most the recommended flat fleet R) from which on
/// every evaluated size up to R meets the hourly targets for the trips requested in hour h. Vehicles
/// stay one hour longer than their last needed hour (`inService(h) = max(needed[h], needed[h−1])`),
/// so that trips ordered late in an hour can still be driven; hours outside the scenario's shifts
/// get none. Fleet KPIs have no hourly value: they are judged only on the checked whole day.
public struct HourlyPlan: Sendable {
    /// One simulation of the shift plan (all seeds) and its verdict.
    public struct CheckRound: Sendable {
        /// Vehicles in service per hour of `serviceHours`.
        public var inService: [Int]
        public var vehicleHours: Double
        public var runs: [PlanRun]
        /// Per study target, judged over the seeds for the whole day.
        public var judged: [Double?]
        public var misses: [Int]
        /// Hours that get more vehicles in the next round: those whose trips miss an hourly target although
        /// the flat fleet met them; if there are none but the day misses a target, the hours with requests
        /// just before each missed hour (vehicles already on the road when that hour begins).
        public var failingHours: [Int]
        /// Hours whose trips miss an hourly target (including those the flat fleet missed too).
        public var missedHours: [Int]
        public var met: Bool { misses.isEmpty }
    }

    /// Hours overlapping some vehicle's shift in the scenario, [first, end).
    public var serviceHours: Range<Int>
    /// The recommended flat fleet.
    public var recommended: Int
    /// Per hour with requests: vehicles needed (see above).
    public var needed: [Int: Int]
    /// Per hour with requests: whether the flat fleet meets the hourly targets.
    public var flatMeets: [Int: Bool]
    /// Vehicle-hours of the flat fleet (Σ shift lengths of R vehicles).
    public var flatVehicleHours: Double
    /// Vehicle-hours of the final shift plan (the last checked one, if checked).
    public var vehicleHours: Double = 0
    public var rounds: [CheckRound] = []

    /// The first shift plan from the analysis; nil without a recommendation.
    public init?(analysis: PlanAnalysis, serviceHours: Range<Int>, flatVehicleHours: Double) {
        guard let r = analysis.recommended else { return nil }
        self.serviceHours = serviceHours
        recommended = r.fleet
        self.flatVehicleHours = flatVehicleHours
        needed = [:]; flatMeets = [:]
        let candidates = analysis.points.filter { $0.fleet <= r.fleet }
        let hourly = analysis.study.targets.contains { $0.measure.hourly }
        for h in r.requestHours {
            guard hourly, let flat = r.hourMeets(h, study: analysis.study) else {
                needed[h] = r.fleet; flatMeets[h] = true; continue
            }
            flatMeets[h] = flat
            var size = r.fleet
            for p in candidates.reversed() where p.fleet < r.fleet {
                guard p.hourMeets(h, study: analysis.study) != false else { break }
                size = p.fleet
            }
            needed[h] = size
        }
    }

    /// Vehicles in service in `hour`.
    public func inService(_ hour: Int) -> Int {
        guard serviceHours.contains(hour) else { return 0 }
        return min(recommended, max(needed[hour] ?? 0, needed[hour - 1] ?? 0))
    }

    /// `inService` for every hour of `serviceHours`.
    public var inServicePerHour: [Int] { serviceHours.map(inService) }

    /// Gives each hour in `hours` the next evaluated size above its current need (at most R).
    /// - Returns: whether anything changed.
    public mutating func raise(_ hours: [Int], analysis: PlanAnalysis) -> Bool {
        var changed = false
        for h in hours {
            let current = needed[h] ?? 0
            guard current < recommended else { continue }
            needed[h] = analysis.points.first { $0.fleet > current && $0.fleet <= recommended }?.fleet ?? recommended
            changed = true
        }
        return changed
    }

    /// Judges one simulation of the current shift plan.
    public func judge(runs: [PlanRun], vehicleHours: Double, analysis: PlanAnalysis) -> CheckRound {
        let point = PlanPoint(fleet: runs.first?.fleet ?? 0, runs: runs, study: analysis.study)
        let missed = point.requestHours.filter { point.hourMeets($0, study: analysis.study) == false }
        var raise = missed.filter { flatMeets[$0] == true }
        if raise.isEmpty && !point.misses.isEmpty {
            raise = missed.map { $0 - 1 }.filter { h in needed[h].map { $0 < recommended } ?? false }
        }
        return CheckRound(
            inService: inServicePerHour, vehicleHours: vehicleHours, runs: point.runs, judged: point.judged,
            misses: point.misses, failingHours: raise, missedHours: missed)
    }

    /// The last check, if any.
    public var lastCheck: CheckRound? { rounds.last }
}
