/// Batch assignment solved by CBC (COIN-OR branch and cut), warm-started from the current plans.
///
/// The program is `SetPartitioningProgram(assignment:)`; CBC runs serially with fixed seeds and no output,
/// limited by `nodeLimit` (the same on every machine) and, only as a safety net, by `timeLimitSeconds`
/// (`CbcModel.parameters`). CBC's answer is then checked here, against the problem, in integers: if CBC has
/// no solution, or one that breaks a constraint or costs more than `initial`, the answer is `initial` with
/// status `.fallback`. So the answer is always feasible and never worse than the current plans.
///
/// Ties: an answer that costs the same as `initial` is replaced by `initial`, so that riders are not moved for
/// nothing (CBC alone moved them in 4 of the 300 seeded test instances whose start was optimal). Among other
/// equal-cost answers CBC's pick depends only on the problem (the order of its columns included), the
/// settings and the CBC build, so the same problem gives the same `chosen` on every run; only a stop on the
/// time limit can vary from run to run.
public struct CbcAssignmentSolver: AssignmentSolver {
    /// The most branch-and-bound nodes CBC explores (0: the root only).
    public var nodeLimit: Int
    /// The wall-clock seconds after which CBC stops with its best answer so far.
    public var timeLimitSeconds: Double

    public init(nodeLimit: Int, timeLimitSeconds: Double) {
        precondition(nodeLimit >= 0 && nodeLimit <= Int(Int32.max), "nodeLimit \(nodeLimit) outside 0...Int32.max")
        precondition(timeLimitSeconds > 0 && timeLimitSeconds.isFinite, "timeLimitSeconds must be positive")
        self.nodeLimit = nodeLimit
        self.timeLimitSeconds = timeLimitSeconds
    }

    public func solve(_ problem: AssignmentProblem) -> AssignmentSolution {
        problem.checkInvariants()
        guard problem.vehicleCount > 0 else {  // nothing to choose, and CBC would see no integer variable
            return AssignmentSolution(chosen: [], objective: problem.objective(of: [])!, status: .optimal)
        }
        let program = SetPartitioningProgram(assignment: problem)
        let answer = CbcModel.solve(program, nodeLimit: nodeLimit, timeLimitSeconds: timeLimitSeconds)
        return Self.judge(answer, of: problem)
    }

    /// CBC's answer as a solution of `problem`: `initial` with `.fallback` if it has none, breaks a constraint
    /// or costs more; `initial` with CBC's status if it costs the same. The objective is added from the chosen
    /// columns, never taken from CBC.
    static func judge(_ answer: CbcAnswer, of problem: AssignmentProblem) -> AssignmentSolution {
        let fallback = AssignmentSolution(
            chosen: problem.initial, objective: problem.objective(of: problem.initial)!, status: .fallback)
        let status: AssignmentSolution.Status
        switch answer.stop {
        case .optimal: status = .optimal
        case .nodeLimit: status = .nodeLimit
        case .timeLimit: status = .timeLimit
        case .other: return fallback
        }
        guard let values = answer.values, values.count >= problem.columns.count else { return fallback }
        // A binary reads as 1 above one half; exactly one per vehicle, or the answer is broken.
        var chosen = [Int?](repeating: nil, count: problem.vehicleCount)
        for (index, column) in problem.columns.enumerated() where values[index] > 0.5 {
            guard chosen[column.vehicle] == nil else { return fallback }
            chosen[column.vehicle] = index
        }
        let picked = chosen.compactMap { $0 }
        guard picked.count == problem.vehicleCount, let objective = problem.objective(of: picked),
            objective <= fallback.objective
        else { return fallback }
        // No better than the current plans: keep them, rather than move riders for nothing.
        return AssignmentSolution(
            chosen: objective < fallback.objective ? picked : problem.initial, objective: objective, status: status)
    }
}
