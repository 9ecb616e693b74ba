import Assignment
import Simulation

/// Batch assignment behind `dispatch.reoptimisation.method: batch`: the movable riders and the held
/// orders of a round, assigned together over the fleet by an integer program on the trip–vehicle graph
/// (Alonso-Mora et al., PNAS 2017; FleetPy's `AlonsoMoraAssignment` keeps promises by equality rows,
/// as here).
///
/// Every vehicle's current plan is one of its columns and the program starts from it, so the answer
/// is never worse than the plans as they are and every promise stays kept (a must-serve row per
/// movable rider); a held order is served when some column takes it at a cost below
/// `heldOrderValue`, what leaving it out costs.
public struct BatchAssignment<Travel: TravelTimeModel>: BatchAssigner {
    let travel: Travel
    let rules: ReoptimisationRules
    let solver: any AssignmentSolver
    /// Vehicles each rider is tried with in the trip–vehicle graph (the cheapest single insertions).
    let vehiclesPerRider: Int

    /// Riders each vehicle is tried with: the trip–vehicle graph grows with the square and cube of this.
    /// 20 against 12 on the loaded Cottbus day: ≈ 5.5 % instead of ≈ 4 % fewer vehicle-km per served trip
    /// than greedy insertion, for about 40 % more run time (`docs/dispatch.md`).
    static var ridersPerVehicle: Int { 20 }

    public init(travel: Travel, rules: ReoptimisationRules, solver: any AssignmentSolver, vehiclesPerRider: Int = 8) {
        self.travel = travel; self.rules = rules; self.solver = solver; self.vehiclesPerRider = vehiclesPerRider
    }

    public mutating func assign(_ batch: AssignmentBatch, fleet: Fleet, now: SimTime) -> BatchProposal {
        let riders = batch.movable + batch.held
        guard !riders.isEmpty else { return BatchProposal(plans: [], outcome: .unchanged) }
        let index = Dictionary(uniqueKeysWithValues: riders.enumerated().map { ($0.element.trip, $0.offset) })
        let graph = TripVehicleGraph(
            travel: travel, riders: riders, riderIndex: index, now: now, vehiclesPerRider: vehiclesPerRider,
            ridersPerVehicle: Self.ridersPerVehicle,
            maxTripSize: rules.maxTripSize, maxTripsPerLevel: rules.maxTripsPerVehicle)
        let inBatch = Set(riders.map(\.trip))
        let bases = fleet.plans.map { plan -> VehiclePlan in
            var base = plan
            if plan.stops.contains(where: { inBatch.contains($0.trip) }) {
                base.removeStops(where: { inBatch.contains($0.trip) }, travel: travel, now: now)
            }
            return base
        }
        let current: [Int32?] = riders.indices.map { $0 < batch.movable.count ? batch.currentVehicle[$0] : nil }
        let edges = graph.edges(bases: bases, fleet: fleet, current: current)
        var columns = ColumnSet()
        let ridersOf = Dictionary(grouping: batch.currentVehicle.indices, by: { Int(batch.currentVehicle[$0]) })
        for v in fleet.plans.indices {
            let own = ridersOf[v] ?? []
            guard !own.isEmpty || !edges[v].isEmpty else { continue }
            // The plan as it is: the warm start (and the only column that may hold more riders than a trip).
            columns.add(
                vehicle: v, riders: own, plan: fleet.plans[v], cost: graph.cost(of: fleet.plans[v]), initial: true)
            columns.add(vehicle: v, riders: [], plan: bases[v], cost: graph.cost(of: bases[v]))
            let trips = graph.trips(
                vehicle: Int32(v), base: bases[v], capacity: fleet.capacities[v], candidates: edges[v].sorted())
            for t in trips { columns.add(vehicle: v, riders: t.riders, plan: t.plan, cost: t.cost) }
        }
        let problem = AssignmentProblem(
            vehicleCount: columns.vehicles.count, requestCount: riders.count, columns: columns.columns,
            mustServe: riders.indices.map { $0 < batch.movable.count }, unservedPenalty: rules.heldOrderValue.ms,
            initial: columns.initial)
        let solution = solver.solve(problem)
        var plans: [(vehicle: Int32, plan: VehiclePlan)] = []
        for (k, c) in solution.chosen.enumerated() where c != columns.initial[k] {
            plans.append((Int32(columns.vehicles[k]), columns.plans[c]))
        }
        return BatchProposal(plans: plans, outcome: Self.outcome(solution.status))
    }

    static func outcome(_ status: AssignmentSolution.Status) -> ReoptimisationRound.Outcome {
        switch status {
        case .optimal: .optimal
        case .nodeLimit: .nodeLimit
        case .timeLimit: .timeLimit
        case .fallback: .solverFailed
        }
    }
}

/// The integer program's columns as they are built, with the plan behind each.
private struct ColumnSet {
    /// The fleet's vehicle of each of the program's vehicles.
    var vehicles: [Int] = []
    var columns: [AssignmentColumn] = []
    var plans: [VehiclePlan] = []
    /// Per program vehicle: its current plan's column.
    var initial: [Int] = []

    mutating func add(vehicle v: Int, riders: [Int], plan: VehiclePlan, cost: Int64, initial isInitial: Bool = false) {
        if isInitial {
            vehicles.append(v)
            initial.append(columns.count)
        }
        columns.append(AssignmentColumn(vehicle: vehicles.count - 1, requests: riders.sorted(), cost: cost))
        plans.append(plan)
    }
}
