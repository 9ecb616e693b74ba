import Assignment

/// Every constraint an answer breaks, written out; checked here from the problem's definition, without the
/// code under test (`AssignmentProblem.objective(of:)` is held to this too).
func violations(_ chosen: [Int], of problem: AssignmentProblem) -> [String] {
    guard chosen.count == problem.vehicleCount else {
        return ["\(chosen.count) columns for \(problem.vehicleCount) vehicles"]
    }
    var found: [String] = []
    var servedBy = [[Int]](repeating: [], count: problem.requestCount)
    for (vehicle, index) in chosen.enumerated() {
        guard problem.columns.indices.contains(index) else {
            found.append("vehicle \(vehicle): no column \(index)")
            continue
        }
        if problem.columns[index].vehicle != vehicle {
            found.append("vehicle \(vehicle): column \(index) is not its own")
        }
        for r in problem.columns[index].requests { servedBy[r].append(vehicle) }
    }
    for (r, vehicles) in servedBy.enumerated() {
        if vehicles.count > 1 { found.append("request \(r) served by vehicles \(vehicles)") }
        if vehicles.isEmpty && problem.mustServe[r] { found.append("request \(r) must be served and is not") }
    }
    return found
}

/// The objective of a feasible answer: the chosen costs plus the penalty per request no chosen column serves.
func objective(_ chosen: [Int], of problem: AssignmentProblem) -> Int64 {
    let served = Set(chosen.flatMap { problem.columns[$0].requests })
    let left = (0..<problem.requestCount).filter { !served.contains($0) }.count
    return chosen.reduce(Int64(left) * problem.unservedPenalty) { $0 + problem.columns[$1].cost }
}
