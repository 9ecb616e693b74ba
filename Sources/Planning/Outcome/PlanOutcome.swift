import Reports

/// Everything a plan found: the analysis of the evaluated fleet sizes and the checked shift plan.
/// Written as `plan.json` (`json`) and `plan.html` (`html`).
public struct PlanOutcome: Sendable {
    public var analysis: PlanAnalysis
    /// nil without a recommendation.
    public var hourly: HourlyPlan?
    /// Plugs each depot needs at the recommended fleet (empty without chargers).
    public var chargers: [ChargerNeed] = []

    public init(analysis: PlanAnalysis, hourly: HourlyPlan?, chargers: [ChargerNeed] = []) {
        self.analysis = analysis; self.hourly = hourly; self.chargers = chargers
    }

    public var study: PlanStudy { analysis.study }

    /// KPIs shown as curves: the targets' KPIs first, then a few context KPIs.
    public var curveKPIs: [KPI] {
        var names = study.targets.map(\.kpi)
        for n in ["accepted_share", "served_share", "wait_p95", "occupancy_mean", "fleet_utilisation"]
        where !names.contains(n) { names.append(n) }
        return names.compactMap(KPI.named)
    }
}
