/// Batch assignment by enumerating every choice of one column per vehicle: the reference `CbcAssignmentSolver`
/// is held to. For tiny instances only (at most `maxChoices` combinations).
///
/// Vehicles are visited in order, each vehicle's columns in the order of `columns`; a partial choice that
/// serves a request twice is cut off, which skips only infeasible choices. Of equal-cost optima the first
/// in that order wins.
public struct BruteForceAssignmentSolver: AssignmentSolver {
    /// The most combinations (the product of the vehicles' column counts) it agrees to enumerate.
    public static let maxChoices = 10_000_000

    public init() {}

    public func solve(_ problem: AssignmentProblem) -> AssignmentSolution {
        let optima = Self.optima(of: problem)
        return AssignmentSolution(chosen: optima.first, objective: optima.objective, status: .optimal)
    }

    /// The least objective, the first choice that reaches it, and how many choices reach it.
    static func optima(of problem: AssignmentProblem) -> (objective: Int64, first: [Int], count: Int) {
        problem.checkInvariants()
        let byVehicle = problem.columnsByVehicle
        let combinations = byVehicle.reduce(1.0) { $0 * Double($1.count) }
        precondition(combinations <= Double(maxChoices), "\(combinations) combinations: too many to enumerate")
        var best: (objective: Int64, first: [Int], count: Int) = (.max, [], 0)
        var chosen: [Int] = []
        var served = [Bool](repeating: false, count: problem.requestCount)

        func visit(_ vehicle: Int, cost: Int64) {
            guard vehicle < problem.vehicleCount else {
                var total = cost
                for r in 0..<problem.requestCount where !served[r] {
                    if problem.mustServe[r] { return }
                    total += problem.unservedPenalty
                }
                if total < best.objective {
                    best = (total, chosen, 1)
                } else if total == best.objective {
                    best.count += 1
                }
                return
            }
            for index in byVehicle[vehicle] {
                let column = problem.columns[index]
                guard column.requests.allSatisfy({ !served[$0] }) else { continue }
                for r in column.requests { served[r] = true }
                chosen.append(index)
                visit(vehicle + 1, cost: cost + column.cost)
                chosen.removeLast()
                for r in column.requests { served[r] = false }
            }
        }
        visit(0, cost: 0)
        return best  // `initial` is feasible, so some choice was recorded
    }
}
