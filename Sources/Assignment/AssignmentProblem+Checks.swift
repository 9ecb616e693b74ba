extension AssignmentProblem {
    /// Costs and sums below 2^53 are exact as doubles, which is how CBC sees them.
    static let exactLimit: Int64 = 1 << 53

    /// The objective of one column per vehicle, added in integers, or nil if `chosen` breaks a constraint:
    /// not one column per vehicle, a column of another vehicle, a request served twice, or a `mustServe`
    /// request left out.
    public func objective(of chosen: [Int]) -> Int64? {
        guard chosen.count == vehicleCount else { return nil }
        var served = [Bool](repeating: false, count: requestCount)
        var total: Int64 = 0
        for (vehicle, index) in chosen.enumerated() {
            guard columns.indices.contains(index), columns[index].vehicle == vehicle else { return nil }
            for request in columns[index].requests {
                guard !served[request] else { return nil }
                served[request] = true
            }
            total += columns[index].cost
        }
        for request in 0..<requestCount where !served[request] {
            guard !mustServe[request] else { return nil }
            total += unservedPenalty
        }
        return total
    }

    /// The column indices of each vehicle, in the order of `columns`.
    var columnsByVehicle: [[Int]] {
        var byVehicle = [[Int]](repeating: [], count: vehicleCount)
        for (index, column) in columns.enumerated() { byVehicle[column.vehicle].append(index) }
        return byVehicle
    }

    /// Traps unless the problem is well formed: every column names a vehicle and sorted, distinct requests in
    /// range; `initial` is one column per vehicle and feasible; the penalty is not negative; and the largest
    /// objective magnitude any answer can have stays below 2^53, so that CBC's doubles are exact.
    /// The caller builds the problem, so a failure here is a bug in the caller.
    func checkInvariants() {
        precondition(vehicleCount >= 0 && requestCount >= 0, "negative vehicle or request count")
        precondition(mustServe.count == requestCount, "\(mustServe.count) mustServe flags for \(requestCount) requests")
        precondition(unservedPenalty >= 0, "negative unservedPenalty \(unservedPenalty)")
        var largest = [Int64](repeating: 0, count: vehicleCount)
        for (index, column) in columns.enumerated() {
            precondition(
                (0..<vehicleCount).contains(column.vehicle), "column \(index): vehicle \(column.vehicle) out of range")
            precondition(
                zip(column.requests, column.requests.dropFirst()).allSatisfy { $0 < $1 },
                "column \(index): requests \(column.requests) not sorted and distinct")
            precondition(
                column.requests.allSatisfy { (0..<requestCount).contains($0) },
                "column \(index): a request out of 0..<\(requestCount)")
            precondition(column.cost.magnitude < Self.exactLimit.magnitude, "column \(index): |cost| ≥ 2^53")
            largest[column.vehicle] = max(largest[column.vehicle], Int64(column.cost.magnitude))
        }
        let optional = Int64(mustServe.count { !$0 })
        let penalties = unservedPenalty.multipliedReportingOverflow(by: optional)
        var bound = penalties.overflow ? Self.exactLimit : penalties.partialValue
        for cost in largest where bound < Self.exactLimit { bound += cost }  // both below 2^53: no overflow
        precondition(bound < Self.exactLimit, "an objective could reach 2^53: costs or penalty too large to be exact")
        precondition(initial.count == vehicleCount, "\(initial.count) initial columns for \(vehicleCount) vehicles")
        precondition(objective(of: initial) != nil, "initial \(initial) is not a feasible answer")
    }
}
