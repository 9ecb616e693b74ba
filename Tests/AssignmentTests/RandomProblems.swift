import Assignment

/// Seeded assignment problems: tiny ones for the brute-force reference, large ones with some geography, and
/// large scattered ones that CBC cannot close at its root.
enum RandomProblems {
    /// At most 4 vehicles, 6 requests and 7 columns per vehicle: its current plan (which holds its promised,
    /// `mustServe` requests and now and then an optional one), its empty column, and up to 5 random columns
    /// of 1 to 3 requests; the list shuffled, so that a vehicle's columns are not adjacent. Costs in one of four
    /// regimes, drawn per instance: 0 small and tied (a penalty sometimes below a column's cost);
    /// 1 ridepool's magnitudes (costs up to 1e9 ms, penalty up to 1e11); 2 near ties at that magnitude
    /// (5e8 + 0...3, penalty 1e11 − 0...3), where a millisecond decides; 3 negative costs (a reward folded in).
    static func small(seed: UInt64) -> AssignmentProblem {
        var g = SplitMix(seed: seed)
        let vehicles = g.int(1...4), requests = g.int(0...6), regime = g.int(0...3)
        let penalty: Int64 =
            switch regime {
            case 0: g.int64(0...20)
            case 1: g.int64(10_000_000_000...100_000_000_000)
            case 2: 100_000_000_000 - g.int64(0...3)
            default: g.int64(0...2_000_000_000)
            }
        func cost() -> Int64 {
            switch regime {
            case 0: g.int64(0...9)
            case 1: g.int64(0...1_000_000_000)
            case 2: 500_000_000 + g.int64(0...3)
            default: g.int64(-1_000_000_000...1_000_000_000)
            }
        }
        var plans = [[Int]](repeating: [], count: vehicles)
        var mustServe = [Bool](repeating: false, count: requests)
        for r in 0..<requests {
            if g.chance(0.3) {
                mustServe[r] = true
                plans[g.int(0...vehicles - 1)].append(r)
            } else if g.chance(0.1) {
                plans[g.int(0...vehicles - 1)].append(r)
            }
        }
        var columns: [AssignmentColumn] = []
        var isInitial: [Bool] = []
        for v in 0..<vehicles {
            columns.append(AssignmentColumn(vehicle: v, requests: plans[v], cost: cost()))
            isInitial.append(true)
            if !plans[v].isEmpty {
                columns.append(AssignmentColumn(vehicle: v, requests: [], cost: cost()))
                isInitial.append(false)
            }
            for _ in 0..<(requests == 0 ? 0 : g.int(0...5)) {
                let picked = Set((0..<g.int(1...3)).map { _ in g.int(0...requests - 1) })
                columns.append(AssignmentColumn(vehicle: v, requests: picked.sorted(), cost: cost()))
                isInitial.append(false)
            }
        }
        for i in stride(from: columns.count - 1, to: 0, by: -1) {
            let j = g.int(0...i)
            columns.swapAt(i, j)
            isInitial.swapAt(i, j)
        }
        var initial = [Int](repeating: -1, count: vehicles)
        for (index, column) in columns.enumerated() where isInitial[index] { initial[column.vehicle] = index }
        return AssignmentProblem(
            vehicleCount: vehicles, requestCount: requests, columns: columns, mustServe: mustServe,
            unservedPenalty: penalty, initial: initial)
    }

    /// `vehicles` vehicles and `requests` requests at random places on a 10 km square; 40 % of the requests
    /// are promised to a nearby vehicle (at most 3 each), which serves them in its current plan. Each vehicle's
    /// columns: its current plan, and its plan plus 1 to 3 of its 8 nearest open requests (`columnsPerVehicle`
    /// − 1 of them); one vehicle in three also hands its first promised request to the next-nearest vehicle,
    /// which then has a column with it. Costs are the drive through the requests at 120 ms per metre, nearest
    /// first; the penalty is 1e11 ms.
    static func city(seed: UInt64, vehicles: Int, requests: Int, columnsPerVehicle: Int) -> AssignmentProblem {
        var g = SplitMix(seed: seed)
        func place() -> (x: Double, y: Double) { (Double(g.int(0...10_000)), Double(g.int(0...10_000))) }
        let fleet = (0..<vehicles).map { _ in place() }, riders = (0..<requests).map { _ in place() }
        func metres(_ v: Int, _ r: Int) -> Double {
            let dx = fleet[v].x - riders[r].x, dy = fleet[v].y - riders[r].y
            return (dx * dx + dy * dy).squareRoot()
        }
        func column(_ v: Int, _ served: Set<Int>) -> AssignmentColumn {
            let order = served.sorted { (metres(v, $0), $0) < (metres(v, $1), $1) }  // not in a Set's order
            var length = 0.0, at: (x: Double, y: Double) = fleet[v]
            for r in order {
                let dx = at.x - riders[r].x, dy = at.y - riders[r].y
                length += (dx * dx + dy * dy).squareRoot()
                at = riders[r]
            }
            return AssignmentColumn(vehicle: v, requests: served.sorted(), cost: Int64(length * 120))
        }
        var promised = [[Int]](repeating: [], count: vehicles)
        var mustServe = [Bool](repeating: false, count: requests)
        for r in 0..<requests where g.chance(0.4) {
            let nearest = (0..<vehicles).filter { promised[$0].count < 3 }.min { metres($0, r) < metres($1, r) }
            guard let v = nearest else { continue }
            promised[v].append(r)
            mustServe[r] = true
        }
        let open = (0..<requests).filter { !mustServe[$0] }
        var columns: [AssignmentColumn] = [], initial: [Int] = []
        for v in 0..<vehicles {
            initial.append(columns.count)
            columns.append(column(v, Set(promised[v])))
            let near = Array(open.sorted { metres(v, $0) < metres(v, $1) }.prefix(8))
            guard !near.isEmpty else { continue }
            var seen: Set<Set<Int>> = [Set(promised[v])]
            for _ in 1..<columnsPerVehicle {
                let added = Set((0..<g.int(1...3)).map { _ in near[g.int(0...near.count - 1)] })
                let served = Set(promised[v]).union(added)
                if seen.insert(served).inserted { columns.append(column(v, served)) }
            }
        }
        for v in 0..<vehicles where v % 3 == 0 && !promised[v].isEmpty && vehicles > 1 {
            let handed = promised[v][0]
            let w = (0..<vehicles).filter { $0 != v }.min { metres($0, handed) < metres($1, handed) }!
            columns.append(column(v, Set(promised[v].dropFirst())))
            columns.append(column(w, Set(promised[w] + [handed])))
        }
        return AssignmentProblem(
            vehicleCount: vehicles, requestCount: requests, columns: columns, mustServe: mustServe,
            unservedPenalty: 100_000_000_000, initial: initial)
    }

    /// Set partitioning without geography: each vehicle has its empty column (the current plan) and
    /// `columnsPerVehicle` − 1 columns of 1 to 3 random requests at up to 1e9 ms; nothing promised; penalty
    /// 1e11 ms. Columns of unrelated requests make the LP relaxation fractional, so CBC needs to branch.
    static func scattered(seed: UInt64, vehicles: Int, requests: Int, columnsPerVehicle: Int) -> AssignmentProblem {
        var g = SplitMix(seed: seed)
        var columns: [AssignmentColumn] = []
        for v in 0..<vehicles {
            columns.append(AssignmentColumn(vehicle: v, requests: [], cost: 0))
            for _ in 1..<columnsPerVehicle {
                let picked = Set((0..<g.int(1...3)).map { _ in g.int(0...requests - 1) })
                columns.append(
                    AssignmentColumn(vehicle: v, requests: picked.sorted(), cost: g.int64(0...1_000_000_000)))
            }
        }
        return AssignmentProblem(
            vehicleCount: vehicles, requestCount: requests, columns: columns,
            mustServe: [Bool](repeating: false, count: requests), unservedPenalty: 100_000_000_000,
            initial: (0..<vehicles).map { $0 * columnsPerVehicle })
    }
}
