import Scenario
import Simulation

extension ScenarioSpec {
    /// The scenario with the run's overrides applied, so that `scenario.resolved.yaml` shows what ran.
    package func applying(_ options: RunOptions) throws -> ScenarioSpec {
        var spec = self
        if workload != nil && (options.fleetSize != nil || options.demandScale != nil) {
            throw RidepoolError(
                "--fleet-size and --demand-scale do not apply to a workload scenario (\(name))",
                fix: "run the workload as it is, or export another with the peer tooling (ridepy_bench.py --export)")
        }
        if let seed = options.seed { spec.seed = seed }
        if let strategy = options.rebalancing { try spec.setRebalancing(strategy) }
        if let method = options.reoptimisation { spec.dispatch.reoptimisation.method = method }
        if let scale = options.demandScale {
            guard scale > 0, scale.isFinite else {
                throw RidepoolError(
                    "--demand-scale \(scale) is not a positive number", fix: "pass e.g. --demand-scale 1.5")
            }
            guard spec.demand.scale * scale <= DemandSpec.maxScale else {
                throw RidepoolError(
                    "--demand-scale \(scale) makes the demand scale \(spec.demand.scale * scale), outside "
                        + "the allowed range (0, \(Int(DemandSpec.maxScale))]",
                    fix: "pass at most --demand-scale \(DemandSpec.maxScale / spec.demand.scale)")
            }
            spec.demand.scale *= scale
        }
        if let size = options.fleetSize {
            guard (1...VehicleGroupSpec.maxVehicles).contains(size) else {
                throw RidepoolError(
                    "--fleet-size \(size) is outside the allowed range 1 … \(VehicleGroupSpec.maxVehicles)",
                    fix: "pass a fleet size from 1 to \(VehicleGroupSpec.maxVehicles)")
            }
            spec.vehicleGroups = Self.resize(spec.vehicleGroups, to: size)
        }
        return spec
    }

    /// Replaces the rebalancing strategy; `depot` needs every vehicle group's shift to name a depot.
    mutating func setRebalancing(_ strategy: RebalancingRules.Strategy) throws {
        if strategy == .depot, let g = vehicleGroups.firstIndex(where: { $0.depot == nil }) {
            throw RidepoolError(
                "--rebalancing depot sends idle vehicles home, but vehicle group \(g) (fleet.vehicles[\(g)]) has no depot",
                fix: "give every group a `shift: {depot: …}` or choose --rebalancing none or minCostFlow")
        }
        operations.rebalancing.strategy = strategy
    }

    /// Spreads `size` vehicles over the groups in proportion to their counts (largest remainder).
    static func resize(_ groups: [VehicleGroupSpec], to size: Int) -> [VehicleGroupSpec] {
        let total = groups.reduce(0) { $0 + $1.count }
        let shares = groups.map { Double($0.count) * Double(size) / Double(max(1, total)) }
        var counts = shares.map { Int($0) }
        let order = shares.indices.sorted {
            (shares[$0] - Double(counts[$0]), -$0) > (shares[$1] - Double(counts[$1]), -$1)
        }
        for i in order.prefix(size - counts.reduce(0, +)) { counts[i] += 1 }
        var resized = groups
        for i in resized.indices { resized[i].count = counts[i] }
        return resized.filter { $0.count > 0 }
    }
}
