/// A set-partitioning program: minimise Σ cost[j]·x[j] over x[j] ∈ {0, 1}, with every row covered by exactly
/// one chosen variable. Batch assignment is one (`init(assignment:)`); CBC solves it through `CbcModel`.
///
/// Kept apart from both so that the model CBC sees can be read and tested without CBC.
struct SetPartitioningProgram: Sendable {
    var rowCount: Int
    /// Per variable: its cost, and the rows it covers (ascending).
    var costs: [Int64]
    var rows: [[Int]]
    /// A feasible 0/1 value per variable, CBC's warm start.
    var start: [Bool]
}

extension SetPartitioningProgram {
    /// Batch assignment's program. Rows: one per vehicle (`0..<vehicleCount`: exactly one column), then one
    /// per request (`vehicleCount + r`: served exactly once). Variables: one per column (same index), then
    /// one slack per optional request, at `unservedPenalty`, covering only that request's row: taking it
    /// means leaving the request out. A `mustServe` request has no slack. The slacks are binary, not
    /// continuous, so that every variable with a cost is integral.
    init(assignment problem: AssignmentProblem) {
        let v = problem.vehicleCount
        rowCount = v + problem.requestCount
        costs = problem.columns.map(\.cost)
        rows = problem.columns.map { [$0.vehicle] + $0.requests.map { v + $0 } }
        start = [Bool](repeating: false, count: problem.columns.count)
        for index in problem.initial { start[index] = true }
        var served = [Bool](repeating: false, count: problem.requestCount)
        for index in problem.initial { for r in problem.columns[index].requests { served[r] = true } }
        for r in 0..<problem.requestCount where !problem.mustServe[r] {
            costs.append(problem.unservedPenalty)
            rows.append([v + r])
            start.append(!served[r])
        }
    }
}
