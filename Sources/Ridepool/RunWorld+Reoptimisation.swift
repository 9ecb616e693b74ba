import Assignment
import Dispatching
import Simulation

extension RunWorld {
    /// The batch assignment behind `dispatch.reoptimisation.method: batch`: the trip–vehicle graph over the
    /// run's travel model, its integer program solved by CBC with the scenario's node and time limits.
    func batchAssigner<Travel: TravelTimeModel>(_ travel: Travel) -> (any BatchAssigner)? {
        Self.batchAssigner(setup.dispatch.reoptimisation, travel)
    }

    /// The same for any run (a workload replay too): `nil` unless the method is `batch`.
    static func batchAssigner<Travel: TravelTimeModel>(_ rules: ReoptimisationRules, _ travel: Travel)
        -> (any BatchAssigner)?
    {
        guard rules.method == .batch else { return nil }
        let solver = CbcAssignmentSolver(nodeLimit: rules.nodeLimit, timeLimitSeconds: rules.timeLimitSeconds)
        return BatchAssignment(travel: travel, rules: rules, solver: solver)
    }
}
